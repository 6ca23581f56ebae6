"""Director review of briefing packs.

- :mod:`.versions`: every generated pack recorded as a numbered pack version
  with a frozen snapshot of its content; documents regenerated from snapshots.
- :mod:`.status`: draft → submitted → approved / changes requested.
- :mod:`.diff`: what changed between two versions' snapshots;
  :mod:`.diff_labels` its words in English or Chinese, :mod:`.diff_render`
  as text or HTML.
- :mod:`.comments`: comments on a section, an organization or a talking point.
- :mod:`.word_comments`: Word comments read back from an exported pack.
- :mod:`.memo`: a short Word memo "changes since version N".

Services take a Session and never commit; the caller owns the transaction.
"""
