<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <location filename="../../briefing_app/ui/views/common.py" line="37"/>
        <source>Something went wrong</source>
        <translation>出现问题</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/common.py" line="38"/>
        <source>Unexpected error: {error}

Details were written to {log}.</source>
        <translation>意外错误：{error}

详细信息已写入 {log}。</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/common.py" line="72"/>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/common.py" line="73"/>
        <source>Save your changes to this record before leaving it?</source>
        <translation>离开前保存对此记录的更改吗？</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/fields.py" line="160"/>
        <source>Type to find, then Add</source>
        <translation>输入以查找，然后点“添加”</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/fields.py" line="161"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/fields.py" line="162"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/startup.py" line="72"/>
        <source>another program</source>
        <translation>另一个程序</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/startup.py" line="74"/>
        <source>Database in use</source>
        <translation>数据库正在使用中</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/startup.py" line="75"/>
        <source>{path} is already open in Briefing App by {who}.

Only one copy of the app can change a database at a time. You can open it read-only to look things up and export documents, or quit.</source>
        <translation>{path} 已由 {who} 在简报助手中打开。

同一时间只能有一个程序副本修改数据库。您可以以只读方式打开以查阅和导出文档，或退出。</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/startup.py" line="81"/>
        <source>Open Read-Only</source>
        <translation>以只读方式打开</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/startup.py" line="82"/>
        <location filename="../../briefing_app/ui/startup.py" line="97"/>
        <location filename="../../briefing_app/ui/startup.py" line="107"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/startup.py" line="89"/>
        <location filename="../../briefing_app/ui/startup.py" line="117"/>
        <location filename="../../briefing_app/ui/startup.py" line="140"/>
        <location filename="../../briefing_app/ui/startup.py" line="232"/>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/startup.py" line="90"/>
        <source>{problem}

You can restore one of the backups of this database (the file as it is now is kept), or quit and check the file.</source>
        <translation>{problem}

您可以恢复此数据库的某个备份（当前文件会保留），或退出并检查该文件。</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/startup.py" line="96"/>
        <source>Restore a Backup…</source>
        <translation>恢复备份…</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/startup.py" line="103"/>
        <source>Database on a network drive</source>
        <translation>数据库位于网络驱动器上</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/startup.py" line="106"/>
        <source>Open Anyway</source>
        <translation>仍然打开</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/startup.py" line="153"/>
        <source>another copy of the app is using it</source>
        <translation>另一个程序副本正在使用它</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/problem_text.py" line="64"/>
        <source>{path} does not exist and cannot be created: {reason}</source>
        <extracomment>code of a service&apos;s error -&gt; its translatable text (context &quot;&quot;: ``views.common.tr``)</extracomment>
        <translation>{path} 不存在且无法创建：{reason}</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/problem_text.py" line="67"/>
        <source>{path} needs to be upgraded to this version of Briefing App, which cannot be done while it is read-only ({reason}).</source>
        <translation>{path} 需要升级到此版本的简报助手，但在只读状态下无法升级（{reason}）。</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/startup.py" line="240"/>
        <source>opened read-only</source>
        <translation>以只读方式打开</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/startup.py" line="241"/>
        <source>Read-only: {reason}. You can look things up and export documents; changes cannot be saved.</source>
        <translation>只读：{reason}。可以查阅和导出文档，但无法保存更改。</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/startup.py" line="281"/>
        <source>The database has problems: {p}</source>
        <translation>数据库存在问题：{p}</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/startup.py" line="283"/>
        <source>The database has problems</source>
        <translation>数据库存在问题</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/startup.py" line="284"/>
        <source>{problem}

Keep working only if you must. You can restore one of the backups of this database (the file as it is now is kept).</source>
        <translation>{problem}

除非必要，请勿继续使用。您可以恢复此数据库的某个备份（当前文件会被保留）。</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/startup.py" line="289"/>
        <source>Show Backups…</source>
        <translation>查看备份…</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/startup.py" line="290"/>
        <source>Later</source>
        <translation>稍后</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/safety_actions.py" line="38"/>
        <source>&amp;Backups…</source>
        <extracomment>How long a restore waits for cancelled background work to end.</extracomment>
        <translation>备份(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/safety_actions.py" line="40"/>
        <source>&amp;Check Database…</source>
        <translation>检查数据库(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/safety_actions.py" line="59"/>
        <source>Automatic backup saved.</source>
        <translation>已自动备份。</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/safety_actions.py" line="62"/>
        <source>Automatic backup failed: {m}</source>
        <translation>自动备份失败：{m}</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/safety_actions.py" line="71"/>
        <source>A database server is backed up by its administrator.</source>
        <translation>数据库服务器由其管理员负责备份。</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/safety_actions.py" line="122"/>
        <source>The backup was restored.</source>
        <translation>备份已恢复。</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/dialogs/conflict_dialog.py" line="32"/>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/dialogs/conflict_dialog.py" line="48"/>
        <source>Changed by someone else</source>
        <translation>已被他人更改</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/dialogs/conflict_dialog.py" line="59"/>
        <source>This record was deleted by someone else while you were editing it. Your changes cannot be saved to it.</source>
        <translation>您编辑期间，此记录已被他人删除，您的更改无法保存。</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/dialogs/conflict_dialog.py" line="63"/>
        <source>This record was changed by someone else while you were editing it (you opened version {mine}, it is now version {theirs}). Choose which values to keep.</source>
        <translation>您编辑期间，此记录已被他人更改（您打开的是第 {mine} 版，现在是第 {theirs} 版）。请选择要保留的值。</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/dialogs/conflict_dialog.py" line="76"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/dialogs/conflict_dialog.py" line="76"/>
        <source>Theirs (now saved)</source>
        <translation>对方的（已保存）</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/dialogs/conflict_dialog.py" line="76"/>
        <source>Mine</source>
        <translation>我的</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/dialogs/conflict_dialog.py" line="99"/>
        <source>Take Theirs</source>
        <translation>采用对方的</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/dialogs/conflict_dialog.py" line="103"/>
        <source>Keep Mine</source>
        <translation>保留我的</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/dialogs/backups_dialog.py" line="62"/>
        <source>Taken</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/dialogs/backups_dialog.py" line="62"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/dialogs/backups_dialog.py" line="62"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/dialogs/backups_dialog.py" line="85"/>
        <source>Backed up by hand</source>
        <translation>手动备份</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/dialogs/backups_dialog.py" line="86"/>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/dialogs/backups_dialog.py" line="87"/>
        <location filename="../../briefing_app/ui/dialogs/backups_dialog.py" line="93"/>
        <source>Before an import</source>
        <translation>导入前</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/dialogs/backups_dialog.py" line="88"/>
        <source>Before a restore</source>
        <translation>恢复前</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/dialogs/backups_dialog.py" line="91"/>
        <source>Before an upgrade</source>
        <translation>升级前</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/dialogs/backups_dialog.py" line="109"/>
        <source>Restore a Backup</source>
        <extracomment>Emitted with the backup file after a restore; the main window reloads its views.</extracomment>
        <translation>恢复备份</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/dialogs/backups_dialog.py" line="109"/>
        <location filename="../../briefing_app/ui/dialogs/backups_dialog.py" line="189"/>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/dialogs/backups_dialog.py" line="116"/>
        <source>Backups of {path}, newest first. Restoring keeps a backup of the database as it is now.</source>
        <translation>{path} 的备份，最新的在前。恢复时会先备份当前数据库。</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/dialogs/backups_dialog.py" line="133"/>
        <source>Check results appear here.</source>
        <translation>检查结果将显示在这里。</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/dialogs/backups_dialog.py" line="141"/>
        <source>Back Up Now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/dialogs/backups_dialog.py" line="142"/>
        <source>Restore…</source>
        <translation>恢复…</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/dialogs/backups_dialog.py" line="144"/>
        <source>Restore From File…</source>
        <translation>从文件恢复…</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/dialogs/backups_dialog.py" line="146"/>
        <source>Check Database</source>
        <translation>检查数据库</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/dialogs/backups_dialog.py" line="151"/>
        <source>The database is open read-only.</source>
        <translation>数据库以只读方式打开。</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/dialogs/backups_dialog.py" line="195"/>
        <source>Backed up to {file}</source>
        <translation>已备份到 {file}</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/dialogs/backups_dialog.py" line="208"/>
        <source>Restore From File</source>
        <translation>从文件恢复</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/dialogs/backups_dialog.py" line="209"/>
        <source>Briefing App databases (*.db *.sqlite);;All files (*)</source>
        <translation>简报助手数据库 (*.db *.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/dialogs/backups_dialog.py" line="217"/>
        <source>Replace the database with the backup “{label}”?

The database as it is now is backed up first, so you can go back.</source>
        <translation>用备份“{label}”替换数据库吗？

会先备份当前数据库，以便恢复。</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/dialogs/backups_dialog.py" line="220"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/dialogs/backups_dialog.py" line="234"/>
        <source>Restored from {file}.</source>
        <translation>已从 {file} 恢复。</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/dialogs/backups_dialog.py" line="236"/>
        <source>The previous database is kept in {file}.</source>
        <translation>之前的数据库保存在 {file}。</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/dialogs/backups_dialog.py" line="250"/>
        <source>Backing up…</source>
        <extracomment>Emitted (connected directly) just before the file is replaced: stop automatic backups, close meeting workspaces and wait for their work, so nothing connects.</extracomment>
        <translation>正在备份…</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/dialogs/backups_dialog.py" line="257"/>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/dialogs/backups_dialog.py" line="262"/>
        <source>Checking the backup…</source>
        <translation>正在检查备份…</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/dialogs/backups_dialog.py" line="267"/>
        <source>Restoring…</source>
        <translation>正在恢复…</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/main_menus.py" line="26"/>
        <source>New &amp;Meeting…</source>
        <translation>新建会议(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/main_menus.py" line="28"/>
        <source>&amp;New Record</source>
        <translation>新建记录(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/main_menus.py" line="29"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/main_menus.py" line="30"/>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/main_menus.py" line="32"/>
        <source>Open Another &amp;Database…</source>
        <translation>打开其他数据库(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/main_menus.py" line="35"/>
        <source>&amp;Preferences…</source>
        <translation>偏好设置(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/main_menus.py" line="37"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/main_menus.py" line="38"/>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/main_menus.py" line="39"/>
        <source>&amp;History…</source>
        <translation>修改记录(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/main_menus.py" line="40"/>
        <source>&amp;About Briefing App</source>
        <translation>关于简报助手(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/main_menus.py" line="46"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/main_menus.py" line="49"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/main_menus.py" line="60"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/main_menus.py" line="63"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/main_menus.py" line="66"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/main_menus.py" line="71"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/main_menus.py" line="90"/>
        <source>About Briefing App</source>
        <translation>关于简报助手</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/main_menus.py" line="92"/>
        <source>Briefing App {version}

Briefing packs and participant lists for protocol staff.</source>
        <translation>简报助手 {version}

为礼宾人员制作简报和与会者名单。</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/tables.py" line="87"/>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/tables.py" line="88"/>
        <source>Move do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../briefing_app/app.py" line="249"/>
        <source>Cannot start Briefing App</source>
        <translation>无法启动 Briefing App</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/data_actions.py" line="85"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/data_actions.py" line="92"/>
        <source>create {records}</source>
        <translation>新建 {records}</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/data_actions.py" line="92"/>
        <source>created {records}</source>
        <translation>新建了 {records}</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/data_actions.py" line="95"/>
        <source>update {records}</source>
        <translation>更新 {records}</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/data_actions.py" line="95"/>
        <source>updated {records}</source>
        <translation>更新了 {records}</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/data_actions.py" line="97"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/data_actions.py" line="103"/>
        <source>&amp;Import Data…</source>
        <translation>导入数据(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/data_actions.py" line="105"/>
        <source>E&amp;xport Data…</source>
        <translation>导出数据(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/data_actions.py" line="138"/>
        <location filename="../../briefing_app/ui/data_actions.py" line="168"/>
        <location filename="../../briefing_app/ui/data_actions.py" line="241"/>
        <location filename="../../briefing_app/ui/data_actions.py" line="261"/>
        <source>Import data</source>
        <extracomment>(title, message) of the last failure shown (tests read it).</extracomment>
        <translation>导入数据</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/data_actions.py" line="140"/>
        <source>Briefing App data (*.json);;All files (*)</source>
        <translation>简报助手数据 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/data_actions.py" line="149"/>
        <location filename="../../briefing_app/ui/data_actions.py" line="177"/>
        <source>Export data</source>
        <translation>导出数据</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/data_actions.py" line="151"/>
        <source>Briefing App data (*.json)</source>
        <translation>简报助手数据 (*.json)</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/data_actions.py" line="164"/>
        <source>Checking {file}…</source>
        <translation>正在检查 {file}…</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/data_actions.py" line="173"/>
        <source>Exporting the data…</source>
        <translation>正在导出数据…</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/data_actions.py" line="182"/>
        <source>An import or export is already running.</source>
        <translation>已有导入或导出正在进行。</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/data_actions.py" line="218"/>
        <source>{first}
{n} problems; nothing was imported.</source>
        <translation>{first}
共 {n} 个问题；未导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/data_actions.py" line="230"/>
        <source>Nothing to import: everything in {file} is already in the database.</source>
        <translation>无需导入：{file} 中的所有内容已在数据库中。</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/data_actions.py" line="237"/>
        <source>Importing {file}…</source>
        <translation>正在导入 {file}…</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/data_actions.py" line="244"/>
        <location filename="../../briefing_app/ui/data_actions.py" line="254"/>
        <source>Import cancelled. Nothing was changed.</source>
        <translation>已取消导入。未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/data_actions.py" line="262"/>
        <source>{file} is valid. Importing it will {effect}.</source>
        <translation>{file} 有效。导入将{effect}。</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/data_actions.py" line="291"/>
        <source>Imported {file}: {effect}.</source>
        <translation>已导入 {file}：{effect}。</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/data_actions.py" line="266"/>
        <source>The database is backed up first. Records are matched by their uid.</source>
        <translation>导入前会先备份数据库。记录按其 uid 匹配。</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/data_actions.py" line="270"/>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/data_actions.py" line="299"/>
        <source>an empty dataset</source>
        <translation>空数据集</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/data_actions.py" line="300"/>
        <source>Saved {path}: {counts}</source>
        <translation>已保存 {path}：{counts}</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/guidance.py" line="34"/>
        <source>&amp;User Guide</source>
        <translation>用户指南(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/guidance.py" line="39"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/guidance.py" line="41"/>
        <source>&amp;Getting Started</source>
        <translation>入门(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/guidance.py" line="108"/>
        <source>The database is open read-only: the demo cannot be added.</source>
        <translation>数据库以只读方式打开：无法添加示例。</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/guidance.py" line="121"/>
        <location filename="../../briefing_app/ui/guidance.py" line="153"/>
        <source>Look at the demo</source>
        <translation>查看示例</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/guidance.py" line="122"/>
        <source>This database already holds your own organizations and people.</source>
        <translation>此数据库中已有您自己的机构和人员。</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/guidance.py" line="125"/>
        <source>Open the demo in a database of its own (your data stays as it is; File ▸ Open Another Database… brings you back), or add the demo meeting with its organizations, people and talking points to this database?</source>
        <translation>在单独的数据库中打开示例（您的数据保持不变；通过“文件 ▸ 打开其他数据库…”可返回），还是将示例会议及其机构、人员和谈话要点添加到此数据库？</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/guidance.py" line="130"/>
        <source>Open a Demo Database</source>
        <translation>打开示例数据库</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/guidance.py" line="131"/>
        <source>Add to This Database</source>
        <translation>添加到此数据库</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/search_indexing.py" line="67"/>
        <source>Building the search index… {percent}%</source>
        <translation>正在建立搜索索引… {percent}%</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/search_indexing.py" line="73"/>
        <source>Search (the search index is being built: slower meanwhile)</source>
        <translation>搜索（正在建立搜索索引，期间搜索较慢）</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/search_indexing.py" line="75"/>
        <source>The records of a large import are being indexed for search. Search finds everything meanwhile, more slowly.</source>
        <translation>正在为大量导入的记录建立搜索索引。期间仍可搜索到全部内容，只是速度较慢。</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/search_indexing.py" line="78"/>
        <source>Building the search index…</source>
        <translation>正在建立搜索索引…</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/search_indexing.py" line="84"/>
        <source>The search index is complete.</source>
        <translation>搜索索引已建立完毕。</translation>
    </message>
</context>
<context>
    <name>AgendaTab</name>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/agenda.py" line="48"/>
        <source>Agenda</source>
        <translation>议程</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/agenda.py" line="64"/>
        <source>&amp;Add item</source>
        <translation>添加议程项(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/agenda.py" line="64"/>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/agenda.py" line="83"/>
        <source>Edit agenda item</source>
        <translation>编辑议程项</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/agenda.py" line="99"/>
        <source>Reorder agenda</source>
        <translation>调整议程顺序</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/agenda.py" line="108"/>
        <source>New item</source>
        <translation>新议程项</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/agenda.py" line="112"/>
        <source>Add agenda item</source>
        <translation>添加议程项</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/agenda.py" line="117"/>
        <source>Cannot add the item</source>
        <translation>无法添加议程项</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/agenda.py" line="134"/>
        <source>Delete agenda item</source>
        <translation>删除议程项</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/agenda.py" line="141"/>
        <source>Cannot delete the item</source>
        <translation>无法删除议程项</translation>
    </message>
</context>
<context>
    <name>BiographyChoice</name>
    <message>
        <location filename="../../briefing_app/ui/views/biography_choice.py" line="11"/>
        <source>Heads of delegation</source>
        <translation>各团团长</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/biography_choice.py" line="12"/>
        <source>All participants</source>
        <translation>全体与会者</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/biography_choice.py" line="13"/>
        <source>None</source>
        <translation>不包含</translation>
    </message>
</context>
<context>
    <name>BriefingSetButton</name>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/briefing_set_button.py" line="33"/>
        <source>Export &amp;briefing set…</source>
        <extracomment>Export into (folder, with PDF copies). A setting could not be saved: the message.</extracomment>
        <translation>导出简报材料(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/briefing_set_button.py" line="39"/>
        <source>Change folder…</source>
        <translation>更改文件夹…</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/briefing_set_button.py" line="42"/>
        <source>Also make PDF copies</source>
        <translation>同时生成 PDF 副本</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/briefing_set_button.py" line="54"/>
        <source>Folder: {folder}</source>
        <translation>文件夹：{folder}</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/briefing_set_button.py" line="56"/>
        <source>Folder: asked for at the first export</source>
        <translation>文件夹：首次导出时选择</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/briefing_set_button.py" line="63"/>
        <source>PDF copies: not available (LibreOffice not found)</source>
        <translation>PDF 副本：不可用（未找到 LibreOffice）</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/briefing_set_button.py" line="67"/>
        <source>a folder you choose once</source>
        <translation>您只需选择一次的文件夹</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/briefing_set_button.py" line="68"/>
        <source>Word pack and participant list into {folder}</source>
        <translation>将 Word 简报和与会者名单保存到 {folder}</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/briefing_set_button.py" line="70"/>
        <source>No PDF copies: LibreOffice is not installed.</source>
        <translation>无 PDF 副本：未安装 LibreOffice。</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/briefing_set_button.py" line="89"/>
        <source>Folder for briefing sets</source>
        <translation>简报材料文件夹</translation>
    </message>
</context>
<context>
    <name>DataTransfer</name>
    <message>
        <location filename="../../briefing_app/ui/data_actions.py" line="30"/>
        <source>%n organization</source>
        <extracomment>Above this many lines, a failure&apos;s message goes into the box&apos;s details. The interchange arrays as the user reads them: (one, several); &quot;%n&quot; is the count.</extracomment>
        <translation>%n 个机构</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/data_actions.py" line="31"/>
        <source>%n organizations</source>
        <translation>%n 个机构</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/data_actions.py" line="34"/>
        <source>%n priority</source>
        <translation>%n 项优先事项</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/data_actions.py" line="35"/>
        <source>%n priorities</source>
        <translation>%n 项优先事项</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/data_actions.py" line="38"/>
        <source>%n person</source>
        <translation>%n 位人员</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/data_actions.py" line="39"/>
        <source>%n people</source>
        <translation>%n 位人员</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/data_actions.py" line="42"/>
        <source>%n talking point</source>
        <translation>%n 条谈话要点</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/data_actions.py" line="43"/>
        <source>%n talking points</source>
        <translation>%n 条谈话要点</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/data_actions.py" line="46"/>
        <source>%n engagement</source>
        <translation>%n 条交往记录</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/data_actions.py" line="47"/>
        <source>%n engagements</source>
        <translation>%n 条交往记录</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/data_actions.py" line="50"/>
        <source>%n meeting</source>
        <translation>%n 次会议</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/data_actions.py" line="51"/>
        <source>%n meetings</source>
        <translation>%n 次会议</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/data_actions.py" line="54"/>
        <source>%n agenda item</source>
        <translation>%n 项议程</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/data_actions.py" line="55"/>
        <source>%n agenda items</source>
        <translation>%n 项议程</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/data_actions.py" line="58"/>
        <source>%n participant</source>
        <translation>%n 位与会者</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/data_actions.py" line="59"/>
        <source>%n participants</source>
        <translation>%n 位与会者</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/data_actions.py" line="62"/>
        <source>%n talking point chosen for a meeting</source>
        <translation>%n 条会议选用的谈话要点</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/data_actions.py" line="63"/>
        <source>%n talking points chosen for meetings</source>
        <translation>%n 条会议选用的谈话要点</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/data_actions.py" line="66"/>
        <source>%n pack version</source>
        <translation>%n 个简报版本</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/data_actions.py" line="67"/>
        <source>%n pack versions</source>
        <translation>%n 个简报版本</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/data_actions.py" line="70"/>
        <source>%n review comment</source>
        <translation>%n 条审阅意见</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/data_actions.py" line="71"/>
        <source>%n review comments</source>
        <translation>%n 条审阅意见</translation>
    </message>
</context>
<context>
    <name>DetailsTab</name>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/details.py" line="33"/>
        <source>Roundtable</source>
        <translation>圆桌会议</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/details.py" line="34"/>
        <source>Bilateral meeting</source>
        <translation>双边会谈</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/details.py" line="35"/>
        <source>Courtesy call</source>
        <translation>礼节性拜会</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/details.py" line="36"/>
        <source>Workshop</source>
        <translation>研讨班</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/details.py" line="37"/>
        <source>Seminar</source>
        <translation>研讨会</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/details.py" line="38"/>
        <source>Conference</source>
        <translation>大会</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/details.py" line="62"/>
        <source>&amp;Title</source>
        <translation>标题(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/details.py" line="63"/>
        <source>Title (Chinese)</source>
        <translation>标题（中文）</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/details.py" line="64"/>
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/details.py" line="68"/>
        <source>&amp;Venue</source>
        <translation>地点(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/details.py" line="69"/>
        <source>Venue (Chinese)</source>
        <translation>地点（中文）</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/details.py" line="70"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/details.py" line="71"/>
        <source>City (Chinese)</source>
        <translation>城市（中文）</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/details.py" line="73"/>
        <source>Empty: Chinese documents print the English</source>
        <translation>留空：中文文件使用英文</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/details.py" line="74"/>
        <source>&amp;Host</source>
        <translation>主办方(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/details.py" line="75"/>
        <source>C&amp;hair</source>
        <translation>主持人(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/details.py" line="76"/>
        <source>&amp;Objectives</source>
        <translation>目标(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/details.py" line="78"/>
        <source>Objectives (Chinese)</source>
        <translation>目标（中文）</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/details.py" line="81"/>
        <source>Dec&amp;isions sought</source>
        <translation>寻求的决定(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/details.py" line="84"/>
        <source>What the meeting should decide or agree, one per line (the pack&apos;s first page)</source>
        <translation>会议应决定或商定的事项，每行一项（显示在简报首页）</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/details.py" line="87"/>
        <source>Decisions sought (Chinese)</source>
        <translation>寻求的决定（中文）</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/details.py" line="93"/>
        <source>Cla&amp;ssification</source>
        <translation>密级(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/details.py" line="98"/>
        <source>Empty: the default marking from Preferences</source>
        <translation>留空：使用偏好设置中的默认标识</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/details.py" line="101"/>
        <source>Classification (Chinese)</source>
        <translation>密级标识（中文）</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/details.py" line="106"/>
        <source>Empty: the usual Chinese form of the marking, else the English</source>
        <translation>留空：使用该标识的常用中文形式，否则使用英文</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/details.py" line="113"/>
        <source>Date and time set</source>
        <translation>已设定日期和时间</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/details.py" line="115"/>
        <source>&amp;Starts</source>
        <translation>开始(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/details.py" line="118"/>
        <source>until</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/details.py" line="124"/>
        <source>&amp;Ends</source>
        <translation>结束(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/details.py" line="125"/>
        <source>Time &amp;zone</source>
        <translation>时区(&amp;Z)</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/details.py" line="136"/>
        <source>Pack language</source>
        <translation>简报语言</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/details.py" line="138"/>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/details.py" line="139"/>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/details.py" line="140"/>
        <source>English and Chinese</source>
        <translation>中英文</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/details.py" line="143"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/details.py" line="145"/>
        <source>Planned</source>
        <translation>计划中</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/details.py" line="146"/>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/details.py" line="147"/>
        <source>Held</source>
        <translation>已举行</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/details.py" line="148"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/details.py" line="156"/>
        <source>&amp;Save details</source>
        <translation>保存详情(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/details.py" line="158"/>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/details.py" line="209"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/details.py" line="318"/>
        <source>Edit meeting details</source>
        <translation>编辑会议详情</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/details.py" line="323"/>
        <source>Cannot save the details</source>
        <translation>无法保存详情</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <location filename="../../briefing_app/ui/views/empty_state.py" line="18"/>
        <source>No meetings yet. Create one with File ▸ New Meeting… (Ctrl+N), or open Help ▸ Getting Started to look at the demo meeting or import data.</source>
        <extracomment>What to do when a view has no record at all, per kind.</extracomment>
        <translation>还没有会议。通过“文件 ▸ 新建会议…”(Ctrl+N) 创建会议，或打开“帮助 ▸ 入门”查看示例会议或导入数据。</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/empty_state.py" line="23"/>
        <source>No organizations yet. Press New (Ctrl+Shift+N) to add the first agency, or load your library from a file (File ▸ Import Data…).</source>
        <translation>还没有机构。按“新建”(Ctrl+Shift+N) 添加第一个机构，或从文件载入资料库（“文件 ▸ 导入数据…”）。</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/empty_state.py" line="28"/>
        <source>No people yet. Add their organizations first, then press New (Ctrl+Shift+N) to add the people who represent them.</source>
        <translation>还没有人员。请先添加其所属机构，再按“新建”(Ctrl+Shift+N) 添加代表这些机构的人员。</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/empty_state.py" line="33"/>
        <source>No talking points yet. Press New (Ctrl+Shift+N) to write one; aim it at organizations or leave it general, and link it to the priorities it serves.</source>
        <translation>还没有谈话要点。按“新建”(Ctrl+Shift+N) 撰写要点；可指定面向的机构或作为通用要点，并关联其服务的优先事项。</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/empty_state.py" line="38"/>
        <source>No priorities yet. Press New (Ctrl+Shift+N) to add the priorities your talking points serve.</source>
        <translation>还没有优先事项。按“新建”(Ctrl+Shift+N) 添加谈话要点所服务的优先事项。</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/empty_state.py" line="44"/>
        <source>Nothing recorded here yet.</source>
        <translation>这里还没有任何记录。</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/empty_state.py" line="45"/>
        <source>No row matches “{text}”. Clear the filter to see all.</source>
        <translation>没有与“{text}”匹配的行。清除筛选可查看全部。</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/empty_state.py" line="46"/>
        <source>Select a row on the left to see and edit its details, or press New (Ctrl+Shift+N).</source>
        <translation>在左侧选择一行以查看和编辑详细信息，或按“新建”(Ctrl+Shift+N)。</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/empty_state.py" line="51"/>
        <source>Press New (Ctrl+Shift+N) to start filling in this form.</source>
        <translation>按“新建”(Ctrl+Shift+N) 开始填写此表单。</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/empty_state.py" line="50"/>
        <source>Select a row on the left to see its details.</source>
        <translation>在左侧选择一行以查看详细信息。</translation>
    </message>
</context>
<context>
    <name>EngagementDialog</name>
    <message>
        <location filename="../../briefing_app/ui/dialogs/engagement_dialog.py" line="36"/>
        <source>Give a kind or a summary, in English or Chinese. Packs in Chinese use the Chinese texts and fall back to the English ones.</source>
        <translation>请填写类型或摘要（英文或中文均可）。中文简报使用中文内容，没有中文时使用英文。</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/dialogs/engagement_dialog.py" line="46"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/dialogs/engagement_dialog.py" line="47"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/dialogs/engagement_dialog.py" line="58"/>
        <source>Date *</source>
        <translation>日期 *</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/dialogs/engagement_dialog.py" line="59"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/dialogs/engagement_dialog.py" line="59"/>
        <source>e.g. High-level visit</source>
        <translation>例如：高层访问</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/dialogs/engagement_dialog.py" line="60"/>
        <source>Kind (Chinese)</source>
        <translation>类型（中文）</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/dialogs/engagement_dialog.py" line="61"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/dialogs/engagement_dialog.py" line="62"/>
        <source>Summary (Chinese)</source>
        <translation>摘要（中文）</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/dialogs/engagement_dialog.py" line="63"/>
        <source>Follow-ups</source>
        <translation>后续行动</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/dialogs/engagement_dialog.py" line="64"/>
        <source>Follow-ups (Chinese)</source>
        <translation>后续行动（中文）</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/dialogs/engagement_dialog.py" line="76"/>
        <location filename="../../briefing_app/ui/dialogs/engagement_dialog.py" line="80"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/dialogs/engagement_dialog.py" line="87"/>
        <source>Someone else deleted this engagement while you were editing it.</source>
        <translation>您编辑期间，此交往记录已被他人删除。</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/dialogs/engagement_dialog.py" line="89"/>
        <source>Someone else changed this engagement while you were editing it. The list now shows their version; open it again to make your change.</source>
        <translation>您编辑期间，此交往记录已被他人修改。列表现在显示对方的版本；请重新打开后再修改。</translation>
    </message>
</context>
<context>
    <name>EngagementsPanel</name>
    <message>
        <location filename="../../briefing_app/ui/views/engagements.py" line="49"/>
        <source>Engagements</source>
        <extracomment>Emitted after a change to the database made here (kind &quot;engagement&quot;). Emitted with a message for the status bar. Undo/redo touched an engagement of another organization: show that one.</extracomment>
        <translation>交往记录</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/engagements.py" line="61"/>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/engagements.py" line="62"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/engagements.py" line="63"/>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/engagements.py" line="142"/>
        <source>Add engagement</source>
        <translation>添加交往记录</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/engagements.py" line="153"/>
        <source>Add engagement “{name}”</source>
        <translation>添加交往记录“{name}”</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/engagements.py" line="155"/>
        <source>Added engagement “{name}”.</source>
        <translation>已添加交往记录“{name}”。</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/engagements.py" line="162"/>
        <source>Edit engagement</source>
        <translation>编辑交往记录</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/engagements.py" line="179"/>
        <source>Edit engagement “{name}”</source>
        <translation>编辑交往记录“{name}”</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/engagements.py" line="182"/>
        <source>Saved engagement “{name}”.</source>
        <translation>已保存交往记录“{name}”。</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/engagements.py" line="189"/>
        <source>Delete the engagement “{name}”?</source>
        <translation>删除交往记录“{name}”吗？</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/engagements.py" line="190"/>
        <source>You can undo this with Edit ▸ Undo.</source>
        <translation>可通过“编辑 ▸ 撤销”恢复。</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/engagements.py" line="191"/>
        <source>Delete engagement</source>
        <translation>删除交往记录</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/engagements.py" line="191"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/engagements.py" line="196"/>
        <source>Not deleted</source>
        <translation>未删除</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/engagements.py" line="199"/>
        <source>Delete engagement “{name}”</source>
        <translation>删除交往记录“{name}”</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/engagements.py" line="201"/>
        <source>Deleted engagement “{name}”.</source>
        <translation>已删除交往记录“{name}”。</translation>
    </message>
</context>
<context>
    <name>ExportPanel</name>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/export_panel.py" line="66"/>
        <source>Include draft talking points</source>
        <extracomment>An export finished: ExportResult. An import was applied: ApplyResult. An import preview is ready (before the dialog opens): ImportPreview. A task was created and is about to start: Task. () -&gt; &quot;en&quot; | &quot;zh&quot; | &quot;both&quot;: the pack language, chosen once, on the Details tab. Another instance writes (or the file is read-only): export documents only.</extracomment>
        <translation>包括草稿谈话要点</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/export_panel.py" line="71"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/export_panel.py" line="72"/>
        <source>Export &amp;Word pack…</source>
        <translation>导出 Word 简报(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/export_panel.py" line="73"/>
        <source>Export participant &amp;list…</source>
        <translation>导出与会者名单(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/export_panel.py" line="74"/>
        <source>&amp;Import edited list…</source>
        <translation>导入已编辑的名单(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/export_panel.py" line="81"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/export_panel.py" line="87"/>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/export_panel.py" line="88"/>
        <source>Open &amp;folder</source>
        <translation>打开文件夹(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/export_panel.py" line="94"/>
        <source>The database is open read-only: an edited list cannot be imported.</source>
        <translation>数据库以只读方式打开：无法导入编辑后的名单。</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/export_panel.py" line="100"/>
        <source>Biographi&amp;es:</source>
        <translation>人物简介(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/export_panel.py" line="123"/>
        <source>As P&amp;DF</source>
        <translation>导出为 PDF(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/export_panel.py" line="129"/>
        <source>PDF needs LibreOffice (free), which was not found on this computer: install it from libreoffice.org (or your system&apos;s software centre), or put its soffice program on the PATH, then open this meeting again.</source>
        <translation>生成 PDF 需要 LibreOffice（免费），本机未找到：请从 libreoffice.org（或系统的软件中心）安装，或将其 soffice 程序加入 PATH，然后重新打开此会议。</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/export_panel.py" line="137"/>
        <source>Export the Word pack and the participant list as PDF files, made by LibreOffice (contents updated, fonts embedded).</source>
        <translation>将 Word 简报和与会者名单导出为 PDF 文件，由 LibreOffice 生成（目录已更新，字体已嵌入）。</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/export_panel.py" line="151"/>
        <source>Whose biographies (with photos) this pack has. The default for every pack is in File ▸ Preferences.</source>
        <translation>本份简报收录哪些人的人物简介（附照片）。所有简报的默认选择在“文件 ▸ 偏好设置”中设置。</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/export_panel.py" line="212"/>
        <source>Failed.</source>
        <translation>失败。</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/export_panel.py" line="213"/>
        <source>Export or import failed</source>
        <translation>导出或导入失败</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/export_panel.py" line="217"/>
        <source>Cancelled. Nothing was written.</source>
        <translation>已取消，未写入任何内容。</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/export_panel.py" line="222"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/export_panel.py" line="231"/>
        <source>Writing the Word pack…</source>
        <translation>正在写入 Word 简报…</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/export_panel.py" line="231"/>
        <source>Writing the pack as PDF…</source>
        <translation>正在生成简报 PDF…</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/export_panel.py" line="246"/>
        <source>Writing the participant list as PDF…</source>
        <translation>正在生成与会者名单 PDF…</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/export_panel.py" line="248"/>
        <source>Writing the participant list…</source>
        <translation>正在写入与会者名单…</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/export_panel.py" line="260"/>
        <source>Writing the briefing set…</source>
        <translation>正在写入简报材料…</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/export_panel.py" line="275"/>
        <source>the Word pack (not recorded: the database is read-only)</source>
        <translation>Word 简报（未记录：数据库为只读）</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/export_panel.py" line="277"/>
        <source>the Word pack (pack version {n})</source>
        <translation>Word 简报（简报版本 {n}）</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/export_panel.py" line="278"/>
        <source>Saved in {folder}: {pack} and the participant list</source>
        <translation>已保存到 {folder}：{pack}和与会者名单</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/export_panel.py" line="282"/>
        <source>, with PDF copies of both</source>
        <translation>，并附两者的 PDF 副本</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/export_panel.py" line="285"/>
        <source>No PDF copies: LibreOffice is not installed on this computer.</source>
        <translation>无 PDF 副本：此计算机未安装 LibreOffice。</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/export_panel.py" line="287"/>
        <source>No PDF copies: {reason}</source>
        <translation>无 PDF 副本：{reason}</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/export_panel.py" line="289"/>
        <source>Cleaned: {0}</source>
        <translation>已清理：{0}</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/export_panel.py" line="297"/>
        <source>Saved {0}</source>
        <translation>已保存 {0}</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/export_panel.py" line="299"/>
        <source>cleaned: {0}</source>
        <translation>已清理：{0}</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/export_panel.py" line="329"/>
        <source>Reading the edited list…</source>
        <translation>正在读取已编辑的名单…</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/export_panel.py" line="343"/>
        <source>Applying the import…</source>
        <translation>正在应用导入…</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/export_panel.py" line="349"/>
        <source>Import cancelled. Nothing was changed.</source>
        <translation>导入已取消，未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/export_panel.py" line="352"/>
        <source>Imported: {0}</source>
        <translation>已导入：{0}</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/export_panel.py" line="382"/>
        <source>Export pack as PDF</source>
        <translation>将简报导出为 PDF</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/export_panel.py" line="372"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/export_panel.py" line="383"/>
        <source>Export Word pack</source>
        <translation>导出 Word 简报</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/export_panel.py" line="384"/>
        <source>briefing pack</source>
        <translation>简报</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/export_panel.py" line="383"/>
        <source>Word documents (*.docx)</source>
        <translation>Word 文档 (*.docx)</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/export_panel.py" line="390"/>
        <source>Export participant list as PDF</source>
        <translation>将与会者名单导出为 PDF</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/export_panel.py" line="391"/>
        <source>Export participant list</source>
        <translation>导出与会者名单</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/export_panel.py" line="392"/>
        <source>participants</source>
        <translation>与会者</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/export_panel.py" line="391"/>
        <location filename="../../briefing_app/ui/views/meeting_workspace/export_panel.py" line="401"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/export_panel.py" line="399"/>
        <source>Import edited participant list</source>
        <translation>导入已编辑的与会者名单</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../briefing_app/ui/dialogs/history_dialog.py" line="43"/>
        <source>No changes recorded yet.</source>
        <translation>尚无修改记录。</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/dialogs/history_dialog.py" line="45"/>
        <source>The latest {n} changes.</source>
        <translation>最近 {n} 条修改。</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/dialogs/history_dialog.py" line="47"/>
        <source>{n} changes, newest first.</source>
        <translation>共 {n} 条修改，最新的在前。</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../briefing_app/ui/dialogs/import_preview.py" line="28"/>
        <source>Import participant list</source>
        <translation>导入与会者名单</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/dialogs/import_preview.py" line="33"/>
        <source>Change</source>
        <translation>更改</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/dialogs/import_preview.py" line="33"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/dialogs/import_preview.py" line="38"/>
        <source>&amp;Apply</source>
        <translation>应用(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/dialogs/import_preview.py" line="51"/>
        <source>{added} added, {changed} changed, {removed} not in the file (they will be removed from the meeting), {ambiguous} ambiguous, {unchanged} unchanged.</source>
        <translation>新增 {added} 条，更改 {changed} 条，文件中缺少 {removed} 条（将从会议中移除），{ambiguous} 条不明确，{unchanged} 条未变。</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/dialogs/import_preview.py" line="61"/>
        <source>Fix the problems below in the file, then import it again.</source>
        <translation>请在文件中修正以下问题，然后重新导入。</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/dialogs/import_preview.py" line="63"/>
        <source>Nothing to apply.</source>
        <translation>没有需要应用的内容。</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/dialogs/import_preview.py" line="75"/>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/dialogs/import_preview.py" line="77"/>
        <location filename="../../briefing_app/ui/dialogs/import_preview.py" line="92"/>
        <source>(seat to be named)</source>
        <translation>（席位待定）</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/dialogs/import_preview.py" line="80"/>
        <location filename="../../briefing_app/ui/dialogs/import_preview.py" line="85"/>
        <location filename="../../briefing_app/ui/dialogs/import_preview.py" line="97"/>
        <source>Row {0}: {1}</source>
        <translation>第 {0} 行：{1}</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/dialogs/import_preview.py" line="82"/>
        <source>Changed</source>
        <translation>已更改</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/dialogs/import_preview.py" line="90"/>
        <source>Not in the file</source>
        <translation>文件中没有</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/dialogs/import_preview.py" line="93"/>
        <source>Ambiguous</source>
        <translation>不明确</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/dialogs/import_preview.py" line="99"/>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/dialogs/import_preview.py" line="99"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>KeyboardMapDialog</name>
    <message>
        <location filename="../../briefing_app/ui/dialogs/help_dialogs.py" line="30"/>
        <source>In the search box: move into the results</source>
        <extracomment>Keys that belong to no menu action: (keys, what they do).</extracomment>
        <translation>在搜索框中：移到搜索结果</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/dialogs/help_dialogs.py" line="31"/>
        <source>Open the selected search result or meeting</source>
        <translation>打开所选的搜索结果或会议</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/dialogs/help_dialogs.py" line="32"/>
        <source>In the search box: clear the search</source>
        <translation>在搜索框中：清除搜索</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/dialogs/help_dialogs.py" line="33"/>
        <source>Move to the next field</source>
        <translation>移到下一个字段</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/dialogs/help_dialogs.py" line="36"/>
        <source>The button or field with that letter underlined</source>
        <translation>标签中带该下划线字母的按钮或字段</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/dialogs/help_dialogs.py" line="94"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/dialogs/help_dialogs.py" line="100"/>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/dialogs/help_dialogs.py" line="100"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
</context>
<context>
    <name>KindField</name>
    <message>
        <location filename="../../briefing_app/ui/views/kind_field.py" line="53"/>
        <source>New kind…</source>
        <translation>新建类型…</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/kind_field.py" line="79"/>
        <source>Cannot add the kind</source>
        <translation>无法添加该类型</translation>
    </message>
</context>
<context>
    <name>LibraryLayout</name>
    <message>
        <location filename="../../briefing_app/ui/views/library_layout.py" line="55"/>
        <source>Filter the rows shown…</source>
        <translation>筛选显示的行…</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/library_layout.py" line="92"/>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/library_layout.py" line="93"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/library_layout.py" line="94"/>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/library_layout.py" line="95"/>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
</context>
<context>
    <name>LibraryRecordActions</name>
    <message>
        <location filename="../../briefing_app/ui/views/library_records.py" line="32"/>
        <source>Open a record to see its history.</source>
        <translation>请先打开一条记录，再查看其修改记录。</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/library_records.py" line="39"/>
        <source>History: {title}</source>
        <translation>修改记录：{title}</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/library_records.py" line="57"/>
        <source>New record: fill in the fields and save (Ctrl+S).</source>
        <translation>新记录：填写各字段后保存（Ctrl+S）。</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/library_records.py" line="82"/>
        <source>Not saved: please correct the fields marked in red.</source>
        <translation>未保存：请更正标红的字段。</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/library_records.py" line="88"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/library_records.py" line="119"/>
        <source>Create “{name}”</source>
        <translation>创建“{name}”</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/library_records.py" line="122"/>
        <source>Created “{name}”.</source>
        <translation>已创建“{name}”。</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/library_records.py" line="146"/>
        <source>Edit “{name}”</source>
        <translation>编辑“{name}”</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/library_records.py" line="150"/>
        <source>Saved “{name}”.</source>
        <translation>已保存“{name}”。</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/library_records.py" line="165"/>
        <source>Delete “{name}”?</source>
        <translation>删除“{name}”？</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/library_records.py" line="167"/>
        <source>Nothing else is affected.</source>
        <translation>不影响其他记录。</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/library_records.py" line="168"/>
        <source>You can undo this with Edit ▸ Undo.</source>
        <translation>可通过“编辑 ▸ 撤销”恢复。</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/library_records.py" line="169"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/library_records.py" line="172"/>
        <source>Delete “{name}”</source>
        <translation>删除“{name}”</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/library_records.py" line="177"/>
        <source>Deleted “{name}”.</source>
        <translation>已删除“{name}”。</translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <location filename="../../briefing_app/ui/views/library_view.py" line="294"/>
        <source>%n record</source>
        <extracomment>Whether the view can be built ``light`` (its editor side needs no editor to be built); others are always built whole. Emitted with a message for the status bar. Emitted after any change to the database made from this view (kind). Every change of this view goes through it (transaction, undo step, error text). A database opened read-only (in use elsewhere, read-only file): look, don&apos;t touch.</extracomment>
        <translation>%n 条记录</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/library_view.py" line="294"/>
        <source>%n records</source>
        <translation>%n 条记录</translation>
    </message>
</context>
<context>
    <name>LiveUpdates</name>
    <message>
        <location filename="../../briefing_app/ui/live_updates.py" line="131"/>
        <source>Updated: {who} {what}</source>
        <translation>已更新：{who}{what}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../briefing_app/ui/main_window.py" line="158"/>
        <source>Briefing App — {database}</source>
        <extracomment>The user asked to work on another database (path or URL; &quot;&quot; = the default file). Fast start (the engine is not made yet): ``finish_start`` does the rest of the start after the first paint. Decided once, here, before any view reads. Fast start: views&apos; first pages read without SQLAlchemy (services.first_page). Built light (a fast start with meetings to show): ``complete_build`` after the first paint. Getting started is not needed then (there are meetings).</extracomment>
        <translation>简报助手 — {database}</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/main_window.py" line="178"/>
        <source>Library</source>
        <translation>资料库</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/main_window.py" line="187"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/main_window.py" line="220"/>
        <source>Meetings</source>
        <translation>会议</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/main_window.py" line="221"/>
        <source>Organizations</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/main_window.py" line="222"/>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/main_window.py" line="223"/>
        <source>Talking points</source>
        <translation>谈话要点</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/main_window.py" line="224"/>
        <source>Priorities</source>
        <translation>优先事项</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/main_window.py" line="255"/>
        <source>Unknown view “{name}”</source>
        <translation>未知视图“{name}”</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/main_window.py" line="297"/>
        <source>Search: {n} found</source>
        <translation>搜索：找到 {n} 条</translation>
    </message>
</context>
<context>
    <name>MeetingColumns</name>
    <message>
        <location filename="../../briefing_app/ui/item_models/meeting_columns.py" line="17"/>
        <source>Host</source>
        <translation>主办方</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/item_models/meeting_columns.py" line="18"/>
        <source>Chair</source>
        <translation>主持人</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/item_models/meeting_columns.py" line="19"/>
        <source>Head of delegation</source>
        <translation>团长</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/item_models/meeting_columns.py" line="20"/>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/item_models/meeting_columns.py" line="21"/>
        <source>Observer</source>
        <translation>观察员</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/item_models/meeting_columns.py" line="22"/>
        <source>Staff</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/item_models/meeting_columns.py" line="25"/>
        <source>Invited</source>
        <translation>已邀请</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/item_models/meeting_columns.py" line="26"/>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/item_models/meeting_columns.py" line="27"/>
        <source>Tentative</source>
        <translation>待定</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/item_models/meeting_columns.py" line="28"/>
        <source>Declined</source>
        <translation>已婉拒</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/item_models/meeting_columns.py" line="29"/>
        <source>Attended</source>
        <translation>已出席</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/item_models/meeting_columns.py" line="32"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/item_models/meeting_columns.py" line="33"/>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/item_models/meeting_columns.py" line="34"/>
        <source>Retired</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/item_models/meeting_columns.py" line="38"/>
        <source>Time</source>
        <extracomment>Headers, marked here for lupdate (``_t`` translates them where the columns are built).</extracomment>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/item_models/meeting_columns.py" line="39"/>
        <source>Minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/item_models/meeting_columns.py" line="40"/>
        <source>Item</source>
        <translation>议程项</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/item_models/meeting_columns.py" line="41"/>
        <source>Speaker</source>
        <translation>发言人</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/item_models/meeting_columns.py" line="42"/>
        <source>Speaker (Chinese)</source>
        <translation>发言人（中文）</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/item_models/meeting_columns.py" line="43"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/item_models/meeting_columns.py" line="44"/>
        <source>Notes (Chinese)</source>
        <translation>备注（中文）</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/item_models/meeting_columns.py" line="45"/>
        <source>Organization</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/item_models/meeting_columns.py" line="46"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/item_models/meeting_columns.py" line="47"/>
        <source>(seat to be named)</source>
        <translation>（席位待定）</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/item_models/meeting_columns.py" line="48"/>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/item_models/meeting_columns.py" line="49"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/item_models/meeting_columns.py" line="50"/>
        <source>RSVP</source>
        <translation>出席情况</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/item_models/meeting_columns.py" line="51"/>
        <source>Seat</source>
        <translation>座位</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/item_models/meeting_columns.py" line="52"/>
        <source>Works for</source>
        <translation>服务对象</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/item_models/meeting_columns.py" line="53"/>
        <source>Remarks</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/item_models/meeting_columns.py" line="54"/>
        <source>Talking point</source>
        <translation>谈话要点</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/item_models/meeting_columns.py" line="55"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/item_models/meeting_columns.py" line="56"/>
        <source>Priorities</source>
        <translation>优先事项</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/item_models/meeting_columns.py" line="57"/>
        <source>Chosen</source>
        <translation>已选</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/item_models/meeting_columns.py" line="58"/>
        <source>Aimed at</source>
        <translation>针对</translation>
    </message>
</context>
<context>
    <name>MeetingTabs</name>
    <message>
        <location filename="../../briefing_app/ui/meeting_tabs.py" line="55"/>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/meeting_tabs.py" line="55"/>
        <source>The meeting workspace is not available.</source>
        <translation>会议工作区不可用。</translation>
    </message>
</context>
<context>
    <name>MeetingWorkspace</name>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/__init__.py" line="54"/>
        <source>History…</source>
        <translation>修改记录…</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/__init__.py" line="56"/>
        <source>Who changed what in this meeting, and in the organizations, people and talking points it uses</source>
        <translation>谁修改了本会议及其涉及的机构、人员和谈话要点，改了什么</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/__init__.py" line="81"/>
        <source>&amp;Details</source>
        <translation>详情(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/__init__.py" line="82"/>
        <source>&amp;Agenda</source>
        <translation>议程(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/__init__.py" line="83"/>
        <source>&amp;Participants</source>
        <translation>与会者(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/__init__.py" line="84"/>
        <source>&amp;Talking points</source>
        <translation>谈话要点(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/__init__.py" line="85"/>
        <source>Seatin&amp;g</source>
        <translation>座位(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/__init__.py" line="86"/>
        <source>&amp;Review</source>
        <translation>审阅(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/__init__.py" line="144"/>
        <source>History: {title}</source>
        <translation>修改记录：{title}</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/__init__.py" line="177"/>
        <source>Unsaved details</source>
        <translation>详情未保存</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/__init__.py" line="178"/>
        <source>The meeting details have unsaved changes. Save them?</source>
        <translation>会议详情有未保存的更改，要保存吗？</translation>
    </message>
</context>
<context>
    <name>MeetingsView</name>
    <message>
        <location filename="../../briefing_app/ui/views/meetings.py" line="38"/>
        <source>Open meeting</source>
        <extracomment>The main window&apos;s settings (the new-meeting dialog remembers the zone in them).</extracomment>
        <translation>打开会议</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meetings.py" line="45"/>
        <source>Meetings</source>
        <translation>会议</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meetings.py" line="49"/>
        <source>Starts</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meetings.py" line="50"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meetings.py" line="51"/>
        <location filename="../../briefing_app/ui/views/meetings.py" line="68"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meetings.py" line="52"/>
        <location filename="../../briefing_app/ui/views/meetings.py" line="69"/>
        <source>Venue</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meetings.py" line="53"/>
        <location filename="../../briefing_app/ui/views/meetings.py" line="70"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meetings.py" line="65"/>
        <source>Title (English) *</source>
        <translation>标题（英文）*</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meetings.py" line="66"/>
        <source>Title (Chinese)</source>
        <translation>标题（中文）</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meetings.py" line="67"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meetings.py" line="67"/>
        <source>e.g. Roundtable</source>
        <translation>例如：圆桌会议</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meetings.py" line="93"/>
        <source>Create “{name}”</source>
        <translation>创建“{name}”</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meetings.py" line="96"/>
        <source>Created “{name}”.</source>
        <translation>已创建“{name}”。</translation>
    </message>
</context>
<context>
    <name>NewKindDialog</name>
    <message>
        <location filename="../../briefing_app/ui/views/kind_field.py" line="28"/>
        <source>New kind of organization</source>
        <translation>新的单位类型</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/kind_field.py" line="30"/>
        <source>e.g. Think tank</source>
        <translation>例如 Think tank</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/kind_field.py" line="31"/>
        <source>e.g. 智库</source>
        <translation>例如 智库</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/kind_field.py" line="40"/>
        <source>Name (English) *</source>
        <translation>名称（英文）*</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/kind_field.py" line="41"/>
        <source>Name (Chinese)</source>
        <translation>名称（中文）</translation>
    </message>
</context>
<context>
    <name>NewMeetingDialog</name>
    <message>
        <location filename="../../briefing_app/ui/dialogs/new_meeting.py" line="60"/>
        <source>New meeting</source>
        <translation>新建会议</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/dialogs/new_meeting.py" line="79"/>
        <source>&amp;Create meeting</source>
        <translation>创建会议(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/dialogs/new_meeting.py" line="91"/>
        <source>&amp;Title (English) *</source>
        <translation>标题（英文）(&amp;T) *</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/dialogs/new_meeting.py" line="92"/>
        <source>Title (C&amp;hinese)</source>
        <translation>标题（中文）(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/dialogs/new_meeting.py" line="93"/>
        <source>&amp;Starts</source>
        <translation>开始(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/dialogs/new_meeting.py" line="94"/>
        <source>&amp;Ends</source>
        <translation>结束(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/dialogs/new_meeting.py" line="98"/>
        <source>Time &amp;zone</source>
        <translation>时区(&amp;Z)</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/dialogs/new_meeting.py" line="100"/>
        <source>&amp;Venue</source>
        <translation>地点(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/dialogs/new_meeting.py" line="101"/>
        <source>C&amp;ity</source>
        <translation>城市(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/dialogs/new_meeting.py" line="102"/>
        <source>H&amp;ost</source>
        <translation>主办方(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/dialogs/new_meeting.py" line="103"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/dialogs/new_meeting.py" line="107"/>
        <source>Your office: set it once in Preferences.</source>
        <translation>本办事处：在“首选项”中设置一次即可。</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/dialogs/new_meeting.py" line="109"/>
        <source>Add the suggested talking points</source>
        <translation>加入建议的谈话要点</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/dialogs/new_meeting.py" line="112"/>
        <source>Approved points aimed at each invited organization, and the general key messages, by priority. You can remove or reorder them afterwards.</source>
        <translation>针对每个受邀机构的已批准要点以及通用核心信息，按优先事项排序。之后可以删除或调整顺序。</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/dialogs/new_meeting.py" line="117"/>
        <source>Once created, the meeting opens: its tabs hold the agenda, the roles and seats, the talking points and the export of the briefing set.</source>
        <translation>创建后会议即打开：其各标签页包含议程、角色与座次、谈话要点以及简报材料的导出。</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/dialogs/new_meeting.py" line="129"/>
        <source>Organizations to invite, in order of precedence:</source>
        <translation>受邀机构（按礼宾顺序）：</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/dialogs/new_meeting.py" line="130"/>
        <source>Type to filter, Enter ticks the one left…</source>
        <translation>输入以筛选，只剩一项时按 Enter 勾选…</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/dialogs/new_meeting.py" line="134"/>
        <source>Delegations: each head is seated as Head of delegation (the host&apos;s as Host); tick others to seat them too.</source>
        <translation>代表团：各团团长以“团长”身份入座（主办方负责人为“主办方”）；勾选其他人员可一并入座。</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/dialogs/new_meeting.py" line="173"/>
        <source>{name} (host)</source>
        <translation>{name}（主办方）</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/dialogs/new_meeting.py" line="183"/>
        <source>(nobody in the database yet: a seat to be named)</source>
        <translation>（数据库中尚无人员：席位待定）</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/dialogs/new_meeting.py" line="186"/>
        <source>{name}, {title}</source>
        <translation>{name}，{title}</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/dialogs/new_meeting.py" line="199"/>
        <source>Host</source>
        <translation>主办方</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/dialogs/new_meeting.py" line="184"/>
        <location filename="../../briefing_app/ui/dialogs/new_meeting.py" line="199"/>
        <source>Head of delegation</source>
        <translation>团长</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/dialogs/new_meeting.py" line="200"/>
        <source>Staff</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/dialogs/new_meeting.py" line="200"/>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/dialogs/new_meeting.py" line="249"/>
        <source>A meeting needs a title.</source>
        <translation>会议需要标题。</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/dialogs/new_meeting.py" line="251"/>
        <source>The meeting ends before it starts.</source>
        <translation>会议结束时间早于开始时间。</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/dialogs/new_meeting.py" line="254"/>
        <source>Choose a time zone from the list: type part of it, e.g. Shanghai.</source>
        <translation>请从列表中选择时区：输入其中一部分，例如 Shanghai。</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/dialogs/new_meeting.py" line="282"/>
        <source>Cannot create the meeting</source>
        <translation>无法创建会议</translation>
    </message>
</context>
<context>
    <name>NewPersonDialog</name>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/pickers.py" line="96"/>
        <source>New person</source>
        <translation>新人员</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/pickers.py" line="107"/>
        <source>Family name first (LIU Hua)</source>
        <translation>姓在前（LIU Hua）</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/pickers.py" line="108"/>
        <source>Given name first (Daren TANG)</source>
        <translation>名在前（Daren TANG）</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/pickers.py" line="113"/>
        <source>&amp;Organization</source>
        <translation>机构(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/pickers.py" line="114"/>
        <source>&amp;Family name</source>
        <translation>姓(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/pickers.py" line="115"/>
        <source>&amp;Given name</source>
        <translation>名(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/pickers.py" line="116"/>
        <source>Name in native script</source>
        <translation>本国文字姓名</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/pickers.py" line="117"/>
        <source>Honorific</source>
        <translation>称谓</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/pickers.py" line="118"/>
        <source>Name order</source>
        <translation>姓名顺序</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/pickers.py" line="119"/>
        <source>&amp;Title</source>
        <translation>标题(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/pickers.py" line="120"/>
        <source>Needs / notes</source>
        <translation>需求/备注</translation>
    </message>
</context>
<context>
    <name>NewPointDialog</name>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/pickers.py" line="152"/>
        <source>New talking point for {0}</source>
        <translation>为 {0} 新建谈话要点</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/pickers.py" line="158"/>
        <source>&amp;Title</source>
        <translation>标题(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/pickers.py" line="159"/>
        <source>Text (&amp;English)</source>
        <translation>正文（英文）(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/pickers.py" line="160"/>
        <source>Text (&amp;Chinese)</source>
        <translation>正文（中文）(&amp;C)</translation>
    </message>
</context>
<context>
    <name>OrganizationsView</name>
    <message>
        <location filename="../../briefing_app/ui/views/organizations.py" line="23"/>
        <source>Organizations</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/organizations.py" line="27"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/organizations.py" line="28"/>
        <source>Chinese name</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/organizations.py" line="28"/>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/organizations.py" line="29"/>
        <location filename="../../briefing_app/ui/views/organizations.py" line="56"/>
        <source>Acronym</source>
        <translation>缩写</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/organizations.py" line="30"/>
        <location filename="../../briefing_app/ui/views/organizations.py" line="57"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/organizations.py" line="31"/>
        <source>Rank</source>
        <translation>排序</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/organizations.py" line="32"/>
        <location filename="../../briefing_app/ui/views/organizations.py" line="59"/>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/organizations.py" line="39"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/organizations.py" line="44"/>
        <source>Name (English) *</source>
        <translation>名称（英文）*</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/organizations.py" line="45"/>
        <source>Name (Chinese)</source>
        <translation>名称（中文）</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/organizations.py" line="48"/>
        <source>Name in its own language</source>
        <translation>本国语言名称</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/organizations.py" line="49"/>
        <source>any script, e.g. 외교부, جامعة الدول العربية</source>
        <translation>任何文字，例如 외교부、جامعة الدول العربية</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/organizations.py" line="53"/>
        <source>Language of that name</source>
        <translation>该名称的语言</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/organizations.py" line="54"/>
        <source>language tag: ko, ar, ru, fr…</source>
        <translation>语言代码：ko、ar、ru、fr…</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/organizations.py" line="58"/>
        <source>Part of</source>
        <translation>上级机构</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/organizations.py" line="62"/>
        <source>Precedence rank</source>
        <translation>礼宾顺序</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/organizations.py" line="63"/>
        <source>1 = first; empty = after all ranked</source>
        <translation>1 = 最前；空 = 排在所有已排序者之后</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/organizations.py" line="67"/>
        <source>Order within the rank</source>
        <translation>同级内顺序</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/organizations.py" line="69"/>
        <source>among organizations with the same rank; empty = by name</source>
        <translation>在排序相同的单位之间；留空 = 按名称</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/organizations.py" line="72"/>
        <source>Mandate</source>
        <translation>职能</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/organizations.py" line="73"/>
        <source>Mandate (Chinese)</source>
        <translation>职能（中文）</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/organizations.py" line="74"/>
        <source>Relevance to our work</source>
        <translation>与我方工作的关联</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/organizations.py" line="75"/>
        <source>Relevance (Chinese)</source>
        <translation>与我方工作的关联（中文）</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/organizations.py" line="76"/>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/organizations.py" line="78"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/organizations.py" line="78"/>
        <source>comma, separated</source>
        <translation>以逗号分隔</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/organizations.py" line="80"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>ParticipantsTab</name>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/participants.py" line="38"/>
        <source>Participants</source>
        <translation>与会者</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/participants.py" line="54"/>
        <source>Invite &amp;organization…</source>
        <translation>邀请机构(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/participants.py" line="55"/>
        <source>Invite &amp;person…</source>
        <translation>邀请人员(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/participants.py" line="56"/>
        <source>&amp;New person…</source>
        <translation>新建人员(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/participants.py" line="57"/>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/participants.py" line="70"/>
        <source>(nobody)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/participants.py" line="80"/>
        <location filename="../../briefing_app/ui/views/meeting_workspace/participants.py" line="91"/>
        <source>Edit participant</source>
        <translation>编辑与会者</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/participants.py" line="102"/>
        <source>Change order of precedence</source>
        <translation>更改礼宾顺序</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/participants.py" line="117"/>
        <source>Invite organization</source>
        <translation>邀请机构</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/participants.py" line="122"/>
        <location filename="../../briefing_app/ui/views/meeting_workspace/participants.py" line="128"/>
        <source>Cannot invite</source>
        <translation>无法邀请</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/participants.py" line="128"/>
        <source>Invite person</source>
        <translation>邀请人员</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/participants.py" line="134"/>
        <source>Add person</source>
        <translation>添加人员</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/participants.py" line="135"/>
        <source>Cannot create the person</source>
        <translation>无法创建人员</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/participants.py" line="184"/>
        <source>Remove participant</source>
        <translation>移除与会者</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/participants.py" line="190"/>
        <source>Cannot remove</source>
        <translation>无法移除</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/participants.py" line="205"/>
        <source>Show people of every organization</source>
        <translation>显示所有机构的人员</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/participants.py" line="113"/>
        <location filename="../../briefing_app/ui/views/meeting_workspace/participants.py" line="195"/>
        <source>Invite organizations</source>
        <translation>邀请机构</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/participants.py" line="126"/>
        <location filename="../../briefing_app/ui/views/meeting_workspace/participants.py" line="203"/>
        <source>Invite people</source>
        <translation>邀请人员</translation>
    </message>
</context>
<context>
    <name>PeopleView</name>
    <message>
        <location filename="../../briefing_app/ui/views/people.py" line="21"/>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/people.py" line="25"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/people.py" line="26"/>
        <source>Native name</source>
        <translation>本国文字姓名</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/people.py" line="26"/>
        <source>Latin name</source>
        <translation>拉丁文姓名</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/people.py" line="27"/>
        <source>Organization</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/people.py" line="28"/>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/people.py" line="29"/>
        <source>Rank</source>
        <translation>排序</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/people.py" line="33"/>
        <source>(choose an organization)</source>
        <translation>（选择机构）</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/people.py" line="39"/>
        <source>Organization *</source>
        <translation>机构 *</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/people.py" line="42"/>
        <source>Honorific</source>
        <translation>称谓</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/people.py" line="43"/>
        <source>Mr., Ms., Mme, Dr; styles too: H.E. Dr, Prof.</source>
        <translation>Mr.、Ms.、Mme、Dr；也可写尊称：H.E. Dr、Prof.</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/people.py" line="45"/>
        <source>Family name (Latin) *</source>
        <translation>姓（拉丁字母）*</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/people.py" line="46"/>
        <source>Given name (Latin)</source>
        <translation>名（拉丁字母）</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/people.py" line="47"/>
        <source>Name in native script</source>
        <translation>本国文字姓名</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/people.py" line="50"/>
        <source>Name in Chinese</source>
        <translation>中文姓名</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/people.py" line="51"/>
        <source>for a name in another script: its Chinese form</source>
        <translation>姓名为其他文字时：其中文译名</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/people.py" line="53"/>
        <source>Name order</source>
        <translation>姓名顺序</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/people.py" line="54"/>
        <source>Title (English)</source>
        <translation>职务（英文）</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/people.py" line="55"/>
        <source>Title (Chinese)</source>
        <translation>职务（中文）</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/people.py" line="58"/>
        <source>Rank in organization</source>
        <translation>机构内排序</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/people.py" line="59"/>
        <source>1 = head of the organization</source>
        <translation>1 = 机构负责人</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/people.py" line="61"/>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/people.py" line="62"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/people.py" line="64"/>
        <source>Languages</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/people.py" line="64"/>
        <source>en, zh</source>
        <translation>en, zh</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/people.py" line="66"/>
        <source>Biography</source>
        <translation>简历</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/people.py" line="67"/>
        <source>Biography (Chinese)</source>
        <translation>简历（中文）</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/people.py" line="68"/>
        <source>Dietary / access needs</source>
        <translation>饮食/无障碍需求</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/people.py" line="69"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>PhotoPanel</name>
    <message>
        <location filename="../../briefing_app/ui/views/person_photo.py" line="86"/>
        <source>Choose photo…</source>
        <translation>选择照片…</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/person_photo.py" line="87"/>
        <source>Remove photo</source>
        <translation>删除照片</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/person_photo.py" line="137"/>
        <source>No photo</source>
        <translation>无照片</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/person_photo.py" line="143"/>
        <source>Save the person first, then add a photo.</source>
        <translation>请先保存此人，再添加照片。</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/person_photo.py" line="145"/>
        <source>Drop an image file here, or choose one.</source>
        <translation>将图片文件拖放到此处，或选择文件。</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/person_photo.py" line="172"/>
        <source>Images ({patterns})</source>
        <translation>图片 ({patterns})</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/person_photo.py" line="173"/>
        <source>Choose photo</source>
        <translation>选择照片</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/person_photo.py" line="182"/>
        <source>Reading {file}…</source>
        <translation>正在读取 {file}…</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/person_photo.py" line="195"/>
        <source>Set photo of “{name}”</source>
        <translation>设置“{name}”的照片</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/person_photo.py" line="196"/>
        <source>Photo of “{name}” set.</source>
        <translation>已设置“{name}”的照片。</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/person_photo.py" line="202"/>
        <source>Remove photo of “{name}”</source>
        <translation>删除“{name}”的照片</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/person_photo.py" line="203"/>
        <source>Photo of “{name}” removed.</source>
        <translation>已删除“{name}”的照片。</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/person_photo.py" line="220"/>
        <source>The photo was not changed.</source>
        <translation>照片未更改。</translation>
    </message>
</context>
<context>
    <name>PickDialog</name>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/pickers.py" line="38"/>
        <source>Type to filter…</source>
        <translation>输入以筛选…</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/pickers.py" line="45"/>
        <source>Ctrl+click or Shift+click picks several; type to filter.</source>
        <translation>按住 Ctrl 或 Shift 单击可选择多项；输入以筛选。</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../briefing_app/ui/dialogs/preferences.py" line="41"/>
        <source>Preferences</source>
        <translation>偏好设置</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/dialogs/preferences.py" line="52"/>
        <source>Empty: the Chinese name of your office&apos;s organization</source>
        <translation>留空：使用本办事处所属单位的中文名称</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/dialogs/preferences.py" line="56"/>
        <source>e.g. Li Wei (recorded as reviewer and author)</source>
        <translation>例如：李伟（记录为审阅人和作者）</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/dialogs/preferences.py" line="60"/>
        <source>Empty: the usual Chinese form of the marking, else the English</source>
        <translation>留空：使用该标识的常用中文形式，否则使用英文</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/dialogs/preferences.py" line="63"/>
        <source>(the shipped template)</source>
        <translation>（内置模板）</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/dialogs/preferences.py" line="69"/>
        <source>The first part of the document reference on each pack&apos;s cover (PREFIX/MEETING/vN, e.g. WOC/ROUNDTABLE-2022/v3). Up to 16 Latin letters, digits, “-”, “.” or “_”. Empty: the office name&apos;s initials.</source>
        <translation>每份简报封面上文号的第一部分（前缀/会议/vN，例如 WOC/ROUNDTABLE-2022/v3）。最多 16 个拉丁字母、数字、“-”、“.”或“_”。留空：使用办事处名称的首字母。</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/dialogs/preferences.py" line="76"/>
        <source>The system&apos;s language</source>
        <translation>跟随系统语言</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/dialogs/preferences.py" line="87"/>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/dialogs/preferences.py" line="88"/>
        <source>Open now: {path}</source>
        <translation>当前打开：{path}</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/dialogs/preferences.py" line="89"/>
        <source>Office name</source>
        <translation>办事处名称</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/dialogs/preferences.py" line="90"/>
        <source>Office name (Chinese)</source>
        <translation>办事处名称（中文）</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/dialogs/preferences.py" line="91"/>
        <source>Your office&apos;s organization</source>
        <translation>本办事处所属机构</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/dialogs/preferences.py" line="92"/>
        <source>Your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/dialogs/preferences.py" line="93"/>
        <source>Default classification marking</source>
        <translation>默认密级标识</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/dialogs/preferences.py" line="94"/>
        <source>Default marking (Chinese)</source>
        <translation>默认密级标识（中文）</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/dialogs/preferences.py" line="96"/>
        <source>Default pack template</source>
        <translation>默认简报模板</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/dialogs/preferences.py" line="100"/>
        <source>Document reference prefix</source>
        <translation>文号前缀</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/dialogs/preferences.py" line="102"/>
        <source>Biographies in packs</source>
        <translation>简报中的人物简介</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/dialogs/preferences.py" line="103"/>
        <source>Language of the interface</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/dialogs/preferences.py" line="122"/>
        <source>The organization named like the office</source>
        <translation>与办事处同名的机构</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/dialogs/preferences.py" line="131"/>
        <source>The host of new meetings; its head is seated as Host.</source>
        <translation>新会议的主办方；其负责人以“主办方”身份入座。</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/dialogs/preferences.py" line="149"/>
        <source>{prefix} (the office name&apos;s initials)</source>
        <translation>{prefix}（办事处名称的首字母）</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/dialogs/preferences.py" line="174"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/dialogs/preferences.py" line="220"/>
        <source>Leave the password out of the database address: settings are stored as plain text. Put it in your .pgpass file instead (see docs/team.md).</source>
        <translation>数据库地址中请勿包含密码：设置以明文保存。请把密码放在 .pgpass 文件中（见 docs/team.md）。</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/dialogs/preferences.py" line="246"/>
        <source>Open another database</source>
        <translation>打开其他数据库</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/dialogs/preferences.py" line="248"/>
        <source>Briefing App databases (*.db);;All files (*)</source>
        <translation>简报助手数据库 (*.db);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/dialogs/preferences.py" line="187"/>
        <source>Pack template</source>
        <translation>简报模板</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/dialogs/preferences.py" line="139"/>
        <source>Each with the person&apos;s photo beside the biography. The meeting&apos;s export row can choose otherwise for one pack.</source>
        <translation>每篇简介旁附本人照片。会议的导出栏可为单份简报另行选择。</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/dialogs/preferences.py" line="187"/>
        <source>Word templates (*.docx *.dotx)</source>
        <translation>Word 模板 (*.docx *.dotx)</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/dialogs/preferences.py" line="195"/>
        <source>The other database opens when you press OK.</source>
        <translation>按“确定”后将打开另一个数据库。</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/dialogs/preferences.py" line="197"/>
        <source>The new language applies when you restart Briefing App.</source>
        <translation>新的界面语言将在重新启动简报助手后生效。</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/preview.py" line="87"/>
        <source>Preview:</source>
        <translation>预览：</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/preview.py" line="107"/>
        <source>Updating preview…</source>
        <translation>正在更新预览…</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/preview.py" line="128"/>
        <source>Whole pack</source>
        <translation>整份简报</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/preview.py" line="163"/>
        <source>Preview not available: {0}</source>
        <translation>无法预览：{0}</translation>
    </message>
</context>
<context>
    <name>PrioritiesView</name>
    <message>
        <location filename="../../briefing_app/ui/views/priorities.py" line="16"/>
        <source>Priorities</source>
        <translation>优先事项</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/priorities.py" line="20"/>
        <location filename="../../briefing_app/ui/views/priorities.py" line="43"/>
        <source>Order</source>
        <translation>顺序</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/priorities.py" line="21"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/priorities.py" line="22"/>
        <source>Chinese title</source>
        <translation>中文标题</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/priorities.py" line="22"/>
        <source>English title</source>
        <translation>英文标题</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/priorities.py" line="23"/>
        <location filename="../../briefing_app/ui/views/priorities.py" line="41"/>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/priorities.py" line="24"/>
        <location filename="../../briefing_app/ui/views/priorities.py" line="34"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/priorities.py" line="29"/>
        <source>Title (English) *</source>
        <translation>标题（英文）*</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/priorities.py" line="30"/>
        <source>Title (Chinese)</source>
        <translation>标题（中文）</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/priorities.py" line="31"/>
        <source>Description (English)</source>
        <translation>说明（英文）</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/priorities.py" line="32"/>
        <source>Description (Chinese)</source>
        <translation>说明（中文）</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/priorities.py" line="34"/>
        <source>e.g. MTSP 2022-2026</source>
        <translation>例如：2022-2026 年中期战略计划</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/priorities.py" line="38"/>
        <source>Source (Chinese)</source>
        <translation>来源（中文）</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/priorities.py" line="39"/>
        <source>e.g. 2022-2026年中期战略计划</source>
        <translation>例如：2022-2026年中期战略计划</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/priorities.py" line="42"/>
        <source>Period (Chinese)</source>
        <translation>时期（中文）</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <location filename="../../briefing_app/ui/views/review.py" line="131"/>
        <source>Submit for review</source>
        <extracomment>Narrower than this, the comparison goes below the tables instead of beside them. Emitted after anything was stored (status, comments). (title, message) of a failure the user should see in a dialog.</extracomment>
        <translation>提交审阅</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/review.py" line="132"/>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/review.py" line="133"/>
        <source>Request changes</source>
        <translation>要求修改</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/review.py" line="136"/>
        <source>Your name (set a default in Preferences)</source>
        <translation>您的姓名（可在“偏好设置”中设置默认值）</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/review.py" line="137"/>
        <source>Recorded as the reviewer of the decision and comments</source>
        <translation>记录为决定和意见的审阅人</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/review.py" line="139"/>
        <source>Re&amp;viewer:</source>
        <translation>审阅人(&amp;V)：</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/review.py" line="142"/>
        <source>Comment with the decision (optional)</source>
        <translation>决定附言（可选）</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/review.py" line="143"/>
        <source>Export version…</source>
        <translation>导出版本…</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/review.py" line="144"/>
        <source>Import Word comments…</source>
        <translation>导入 Word 批注…</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/review.py" line="145"/>
        <source>Show resolved</source>
        <translation>显示已解决</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/review.py" line="147"/>
        <location filename="../../briefing_app/ui/views/review.py" line="293"/>
        <source>Resolve</source>
        <translation>解决</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/review.py" line="151"/>
        <source>New comment on the selected version</source>
        <translation>对所选版本的新意见</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/review.py" line="152"/>
        <source>Add comment</source>
        <translation>添加意见</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/review.py" line="156"/>
        <source>&lt;b&gt;Pack versions&lt;/b&gt;</source>
        <translation>&lt;b&gt;简报版本&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/review.py" line="161"/>
        <source>&lt;b&gt;Comments&lt;/b&gt;</source>
        <translation>&lt;b&gt;意见&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/review.py" line="173"/>
        <source>&lt;b&gt;What changed&lt;/b&gt; since</source>
        <translation>&lt;b&gt;变更内容&lt;/b&gt;，相对于</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/review.py" line="197"/>
        <source>Review: %s</source>
        <translation>审阅：%s</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/review.py" line="205"/>
        <source>&lt;p&gt;No pack versions yet. Every pack you export is recorded here.&lt;/p&gt;</source>
        <translation>&lt;p&gt;尚无简报版本。每次导出的简报都会记录在这里。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/review.py" line="243"/>
        <source>&lt;p&gt;Version %d is the first version: nothing to compare with.&lt;/p&gt;</source>
        <translation>&lt;p&gt;第 %d 版是第一个版本，没有可比较的内容。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/review.py" line="249"/>
        <source>&lt;p&gt;Comparing…&lt;/p&gt;</source>
        <translation>&lt;p&gt;正在比较…&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/review.py" line="293"/>
        <source>Reopen</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/review.py" line="302"/>
        <source>Review</source>
        <translation>审阅</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/review.py" line="325"/>
        <source>Type your name as reviewer first.</source>
        <translation>请先输入您作为审阅人的姓名。</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/review.py" line="333"/>
        <source>Version %d: %s.</source>
        <translation>第 %d 版：%s。</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/review.py" line="379"/>
        <source>%d Word comment(s) added to version %d</source>
        <translation>已向第 %d 版添加 %d 条 Word 批注</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/review.py" line="384"/>
        <source>, %d already imported</source>
        <translation>，%d 条已导入</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/review.py" line="390"/>
        <source>Written: %s</source>
        <translation>已写入：%s</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/review.py" line="394"/>
        <source>Import Word comments</source>
        <translation>导入 Word 批注</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/review.py" line="394"/>
        <location filename="../../briefing_app/ui/views/review.py" line="405"/>
        <source>Word documents (*.docx)</source>
        <translation>Word 文档 (*.docx)</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/review.py" line="404"/>
        <source>Export pack version</source>
        <translation>导出简报版本</translation>
    </message>
</context>
<context>
    <name>RoomDocumentsBar</name>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/room_documents.py" line="191"/>
        <source>Place &amp;cards…</source>
        <extracomment>A file was written: the service&apos;s Written.</extracomment>
        <translation>桌签(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/room_documents.py" line="192"/>
        <source>&amp;Badges…</source>
        <translation>胸卡(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/room_documents.py" line="193"/>
        <source>Tent cards to fold, one a page, in seating order</source>
        <translation>对折桌签，每页一张，按座位顺序</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/room_documents.py" line="194"/>
        <source>Name badges on label sheets, a colour per role</source>
        <translation>打印在标签纸上的胸卡，每种身份一种颜色</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/room_documents.py" line="201"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/room_documents.py" line="219"/>
        <source>place cards</source>
        <translation>桌签</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/room_documents.py" line="219"/>
        <source>badges</source>
        <translation>胸卡</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/room_documents.py" line="238"/>
        <source>Writing place cards…</source>
        <translation>正在生成桌签…</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/room_documents.py" line="240"/>
        <source>Writing badges…</source>
        <translation>正在生成胸卡…</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/room_documents.py" line="267"/>
        <source>Saved {0} ({1} pages)</source>
        <translation>已保存 {0}（{1} 页）</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/room_documents.py" line="274"/>
        <source>Nothing was written.</source>
        <translation>未写入任何文件。</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/room_documents.py" line="276"/>
        <source>Cannot write the file</source>
        <translation>无法写入文件</translation>
    </message>
</context>
<context>
    <name>RoomDocumentsDialog</name>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/room_documents.py" line="72"/>
        <source>Place cards</source>
        <translation>桌签</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/room_documents.py" line="72"/>
        <source>Name badges</source>
        <translation>胸卡</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/room_documents.py" line="74"/>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/room_documents.py" line="74"/>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/room_documents.py" line="75"/>
        <source>English and Chinese</source>
        <translation>中英文</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/room_documents.py" line="79"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/room_documents.py" line="80"/>
        <source>US Letter</source>
        <translation>美国信纸（Letter）</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/room_documents.py" line="81"/>
        <source>Print the &amp;organization under the name</source>
        <translation>在姓名下方打印单位(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/room_documents.py" line="88"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/room_documents.py" line="105"/>
        <source>Custom size</source>
        <translation>自定义尺寸</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/room_documents.py" line="124"/>
        <source>&amp;Label sheet:</source>
        <translation>标签纸(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/room_documents.py" line="126"/>
        <source>Grid:</source>
        <translation>排列：</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/room_documents.py" line="132"/>
        <source>Custom label:</source>
        <translation>自定义标签：</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/room_documents.py" line="133"/>
        <source>&amp;Paper:</source>
        <translation>纸张(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/room_documents.py" line="134"/>
        <source>L&amp;anguage:</source>
        <translation>语言(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/room_documents.py" line="140"/>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/room_documents.py" line="146"/>
        <source>Name the file .docx for Word or .pdf for a PDF (needs LibreOffice).</source>
        <translation>文件名以 .docx 结尾生成 Word 文档，以 .pdf 结尾生成 PDF（需要 LibreOffice）。</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/room_documents.py" line="163"/>
        <source>Word documents (*.docx);;PDF (*.pdf)</source>
        <translation>Word 文档 (*.docx);;PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <location filename="../../briefing_app/ui/views/search_box.py" line="28"/>
        <source>Search meetings, organizations, people, talking points (Ctrl+F)</source>
        <extracomment>Milliseconds of quiet typing before searching (each search itself takes a few ms).</extracomment>
        <translation>搜索会议、机构、人员、谈话要点 (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>SearchResultsView</name>
    <message>
        <location filename="../../briefing_app/ui/views/search_results.py" line="40"/>
        <source>Found</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/search_results.py" line="40"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/search_results.py" line="51"/>
        <source>Meetings</source>
        <translation>会议</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/search_results.py" line="52"/>
        <source>Organizations</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/search_results.py" line="53"/>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/search_results.py" line="54"/>
        <source>Talking points</source>
        <translation>谈话要点</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/search_results.py" line="84"/>
        <source>%n result</source>
        <translation>%n 条结果</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/search_results.py" line="84"/>
        <source>%n results</source>
        <translation>%n 条结果</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/search_results.py" line="85"/>
        <source>“{query}”: {found}</source>
        <translation>“{query}”：{found}</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/search_results.py" line="101"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
</context>
<context>
    <name>SeatingTab</name>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/seating.py" line="72"/>
        <source>Door</source>
        <translation>门</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/seating.py" line="73"/>
        <source>Screen</source>
        <translation>屏幕</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/seating.py" line="198"/>
        <source>automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/seating.py" line="199"/>
        <source>Seats at the table (automatic: one per delegate)</source>
        <translation>桌旁座位数（自动：每位代表一个）</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/seating.py" line="200"/>
        <source>Seat &amp;automatically</source>
        <translation>自动排座(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/seating.py" line="201"/>
        <source>Seat everyone by precedence; locked seats stay</source>
        <translation>按礼宾次序为所有人排座；锁定的座位保持不变</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/seating.py" line="207"/>
        <source>Where the room&apos;s door is on the drawing</source>
        <translation>会场门在图中的位置</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/seating.py" line="208"/>
        <source>Where the room&apos;s screen is on the drawing</source>
        <translation>会场屏幕在图中的位置</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/seating.py" line="209"/>
        <source>&amp;Lock seat</source>
        <translation>锁定座位(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/seating.py" line="231"/>
        <source>Round table</source>
        <translation>圆桌</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/seating.py" line="232"/>
        <source>Boardroom, principals facing</source>
        <translation>会议桌，主宾相对</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/seating.py" line="233"/>
        <source>Rectangular, host at the head</source>
        <translation>长桌，主人居首</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/seating.py" line="234"/>
        <source>U-shape</source>
        <translation>U形桌</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/seating.py" line="235"/>
        <source>Theatre with head table</source>
        <translation>主席台与听众席</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/seating.py" line="240"/>
        <source>not shown</source>
        <translation>不显示</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/seating.py" line="241"/>
        <source>top</source>
        <translation>上方</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/seating.py" line="242"/>
        <source>bottom</source>
        <translation>下方</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/seating.py" line="243"/>
        <source>left</source>
        <translation>左侧</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/seating.py" line="244"/>
        <source>right</source>
        <translation>右侧</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/seating.py" line="249"/>
        <source>&amp;Table:</source>
        <translation>桌型(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/seating.py" line="251"/>
        <source>&amp;Seats:</source>
        <translation>座位数(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/seating.py" line="253"/>
        <source>&amp;Door:</source>
        <translation>门(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/seating.py" line="255"/>
        <source>Sc&amp;reen:</source>
        <translation>屏幕(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/seating.py" line="264"/>
        <source>Drag a person onto another seat to swap them; moved seats are locked.</source>
        <translation>把一个人拖到另一个座位上即可互换；移动过的座位会被锁定。</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/seating.py" line="293"/>
        <source>No seating plan yet: choose a table and seat automatically.</source>
        <translation>尚无座位图：请选择桌型并自动排座。</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/seating.py" line="299"/>
        <source>Without a seat (%1): %2</source>
        <translation>未安排座位（%1人）：%2</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/seating.py" line="302"/>
        <source>Seated more than once: %1</source>
        <translation>重复安排座位：%1</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/seating.py" line="307"/>
        <source>%1 participants for %2 chairs</source>
        <translation>%1位参会者，仅有%2个座位</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/seating.py" line="336"/>
        <source>Cannot change the seating</source>
        <translation>无法更改座位</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/seating.py" line="349"/>
        <source>Seat automatically</source>
        <translation>自动排座</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/seating.py" line="355"/>
        <source>Move the door</source>
        <translation>移动门的位置</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/seating.py" line="355"/>
        <source>Move the screen</source>
        <translation>移动屏幕的位置</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/seating.py" line="363"/>
        <source>Swap seats %1 and %2</source>
        <translation>互换座位%1和%2</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/seating.py" line="373"/>
        <source>Lock seat %1</source>
        <translation>锁定座位%1</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/seating.py" line="373"/>
        <source>Unlock seat %1</source>
        <translation>解锁座位%1</translation>
    </message>
</context>
<context>
    <name>TalkingPointsTab</name>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/talking_points.py" line="54"/>
        <source>Talking points</source>
        <translation>谈话要点</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/talking_points.py" line="85"/>
        <source>Library</source>
        <translation>资料库</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/talking_points.py" line="110"/>
        <source>Add &amp;suggested points</source>
        <translation>加入建议要点(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/talking_points.py" line="111"/>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/talking_points.py" line="113"/>
        <source>&amp;Write new point…</source>
        <translation>撰写新要点(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/talking_points.py" line="118"/>
        <location filename="../../briefing_app/ui/views/meeting_workspace/talking_points.py" line="214"/>
        <source>Only points aimed at this organization</source>
        <translation>仅显示针对此机构的要点</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/talking_points.py" line="120"/>
        <source>Show retired points</source>
        <translation>显示已停用的要点</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/talking_points.py" line="122"/>
        <source>Any status</source>
        <translation>任何状态</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/talking_points.py" line="127"/>
        <source>Filter by words…</source>
        <translation>按词语筛选…</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/talking_points.py" line="137"/>
        <source>&amp;Add to meeting</source>
        <translation>添加到会议(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/talking_points.py" line="167"/>
        <source>General / key messages</source>
        <translation>通用/核心信息</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/talking_points.py" line="194"/>
        <source>Any priority</source>
        <translation>任何优先事项</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/talking_points.py" line="209"/>
        <source>Chosen for: {0}</source>
        <translation>已选用于：{0}</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/talking_points.py" line="212"/>
        <source>Only general points (aimed at no one)</source>
        <translation>仅通用要点（不针对特定机构）</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/talking_points.py" line="243"/>
        <source>Reorder talking points</source>
        <translation>调整谈话要点顺序</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/talking_points.py" line="254"/>
        <source>Choose talking points</source>
        <translation>选用谈话要点</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/talking_points.py" line="258"/>
        <source>Choose talking point</source>
        <translation>选用谈话要点</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/talking_points.py" line="263"/>
        <source>Cannot add the point</source>
        <translation>无法添加要点</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/talking_points.py" line="272"/>
        <source>No more suggestions: the approved points aimed at these organizations, and the general ones, are chosen.</source>
        <translation>没有更多建议：针对这些机构的已批准要点和通用要点均已选入。</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/talking_points.py" line="279"/>
        <source>Add suggested talking points</source>
        <translation>加入建议的谈话要点</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/talking_points.py" line="284"/>
        <source>Cannot add the points</source>
        <translation>无法加入要点</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/talking_points.py" line="288"/>
        <source>%n suggested point added.</source>
        <translation>已加入 %n 条建议要点。</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/talking_points.py" line="288"/>
        <source>%n suggested points added.</source>
        <translation>已加入 %n 条建议要点。</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/talking_points.py" line="306"/>
        <source>Remove talking point</source>
        <translation>移除谈话要点</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/talking_points.py" line="313"/>
        <source>Cannot remove the point</source>
        <translation>无法移除要点</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/talking_points.py" line="328"/>
        <source>Write talking point</source>
        <translation>撰写谈话要点</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/meeting_workspace/talking_points.py" line="330"/>
        <source>Cannot create the point</source>
        <translation>无法创建要点</translation>
    </message>
</context>
<context>
    <name>TalkingPointsView</name>
    <message>
        <location filename="../../briefing_app/ui/views/talking_points.py" line="18"/>
        <source>Talking points</source>
        <translation>谈话要点</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/talking_points.py" line="22"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/talking_points.py" line="23"/>
        <source>Chinese title</source>
        <translation>中文标题</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/talking_points.py" line="23"/>
        <source>English title</source>
        <translation>英文标题</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/talking_points.py" line="24"/>
        <location filename="../../briefing_app/ui/views/talking_points.py" line="41"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/talking_points.py" line="25"/>
        <location filename="../../briefing_app/ui/views/talking_points.py" line="44"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/talking_points.py" line="26"/>
        <location filename="../../briefing_app/ui/views/talking_points.py" line="46"/>
        <source>Last reviewed</source>
        <translation>最近审阅</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/talking_points.py" line="37"/>
        <source>Title (English) *</source>
        <translation>标题（英文）*</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/talking_points.py" line="38"/>
        <source>Title (Chinese)</source>
        <translation>标题（中文）</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/talking_points.py" line="39"/>
        <source>Text (English)</source>
        <translation>正文（英文）</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/talking_points.py" line="40"/>
        <source>Text (Chinese)</source>
        <translation>正文（中文）</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/talking_points.py" line="42"/>
        <source>Priorities</source>
        <translation>优先事项</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/talking_points.py" line="43"/>
        <source>Aimed at (none = general)</source>
        <translation>针对机构（无 = 通用）</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/talking_points.py" line="46"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/talking_points.py" line="48"/>
        <source>Classification</source>
        <translation>密级</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/talking_points.py" line="50"/>
        <source>Topic tags</source>
        <translation>主题标签</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/talking_points.py" line="50"/>
        <source>comma, separated</source>
        <translation>以逗号分隔</translation>
    </message>
</context>
<context>
    <name>TimeZoneBox</name>
    <message>
        <location filename="../../briefing_app/ui/views/when_fields.py" line="118"/>
        <source>Type a city or region, e.g. Shanghai</source>
        <translation>输入城市或地区，例如 Shanghai</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <location filename="../../briefing_app/ui/dialogs/help_dialogs.py" line="52"/>
        <source>Briefing App user guide</source>
        <translation>简报助手用户指南</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/dialogs/help_dialogs.py" line="62"/>
        <source>The user guide could not be read ({file}: {error}).</source>
        <translation>无法读取用户指南（{file}：{error}）。</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../briefing_app/ui/views/welcome.py" line="30"/>
        <source>Welcome to Briefing App</source>
        <translation>欢迎使用简报助手</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/welcome.py" line="34"/>
        <source>Prepare a meeting in one place: who comes, in order of precedence, what to say to each of them, and the Word briefing pack and Excel participant list that go with it. Start here:</source>
        <translation>在一处准备会议：按礼宾顺序排列的与会者、对每方要讲的内容，以及配套的 Word 简报和 Excel 与会者名单。从这里开始：</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/welcome.py" line="43"/>
        <source>Create a meeting</source>
        <translation>新建会议</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/welcome.py" line="44"/>
        <source>Title, date and place; then invite organizations and choose talking points.</source>
        <translation>标题、日期和地点；然后邀请机构并选择谈话要点。</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/welcome.py" line="49"/>
        <source>Look at the demo</source>
        <translation>查看示例</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/welcome.py" line="51"/>
        <source>The 2022 roundtable with 14 ministries, courts and agencies: a complete meeting with its pack and list, to explore and change freely.</source>
        <translation>2022 年圆桌会议，有 14 个部委、法院和机构参加：包含简报和名单的完整会议，可随意浏览和修改。</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/welcome.py" line="58"/>
        <source>Import data…</source>
        <translation>导入数据…</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/welcome.py" line="59"/>
        <source>Load a Briefing App data file (JSON), for example a colleague&apos;s export.</source>
        <translation>载入简报助手数据文件 (JSON)，例如同事导出的文件。</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/welcome.py" line="63"/>
        <source>&lt;a href=&quot;guide&quot;&gt;Read the user guide&lt;/a&gt; (F1): what each part does.</source>
        <translation>&lt;a href=&quot;guide&quot;&gt;阅读用户指南&lt;/a&gt; (F1)：了解各部分的用途。</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/welcome.py" line="99"/>
        <source>Getting started</source>
        <translation>入门</translation>
    </message>
</context>
<context>
    <name>WindowLifecycle</name>
    <message>
        <location filename="../../briefing_app/ui/window_lifecycle.py" line="91"/>
        <source>Work in progress</source>
        <extracomment>How long quitting waits for cancelled background work to end.</extracomment>
        <translation>仍有工作在进行</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/window_lifecycle.py" line="93"/>
        <source>An export, import, backup or restore is still running. Cancel it and quit?</source>
        <translation>导出、导入、备份或恢复仍在进行中。要取消它并退出吗？</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/window_lifecycle.py" line="95"/>
        <source>Cancel and Quit</source>
        <translation>取消并退出</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/window_lifecycle.py" line="100"/>
        <source>Stopping background work…</source>
        <translation>正在停止后台工作…</translation>
    </message>
</context>
<context>
    <name>WritePath</name>
    <message>
        <location filename="../../briefing_app/ui/write_path.py" line="98"/>
        <source>Cannot undo or redo</source>
        <translation>无法撤销或重做</translation>
    </message>
</context>
<context>
    <name>engagements</name>
    <message>
        <location filename="../../briefing_app/ui/item_models/engagements.py" line="38"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/item_models/engagements.py" line="39"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/item_models/engagements.py" line="40"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/item_models/engagements.py" line="77"/>
        <source>Follow-ups:</source>
        <translation>后续行动：</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <location filename="../../briefing_app/ui/item_models/history.py" line="20"/>
        <source>When (UTC)</source>
        <translation>时间（UTC）</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/item_models/history.py" line="21"/>
        <source>Who</source>
        <translation>修改人</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/item_models/history.py" line="22"/>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/item_models/history.py" line="23"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/item_models/history.py" line="24"/>
        <source>Changes</source>
        <translation>修改内容</translation>
    </message>
</context>
<context>
    <name>impact</name>
    <message>
        <location filename="../../briefing_app/ui/views/impact.py" line="16"/>
        <source>%n person</source>
        <translation>%n 名人员</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/impact.py" line="17"/>
        <source>%n people</source>
        <translation>%n 名人员</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/impact.py" line="20"/>
        <source>%n photo</source>
        <translation>%n 张照片</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/impact.py" line="21"/>
        <source>%n photos</source>
        <translation>%n 张照片</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/impact.py" line="24"/>
        <source>%n participant seat</source>
        <translation>%n 个与会席位</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/impact.py" line="25"/>
        <source>%n participant seats</source>
        <translation>%n 个与会席位</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/impact.py" line="28"/>
        <source>%n talking-point target</source>
        <translation>%n 个谈话要点对象</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/impact.py" line="29"/>
        <source>%n talking-point targets</source>
        <translation>%n 个谈话要点对象</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/impact.py" line="32"/>
        <source>%n talking point linked to it</source>
        <translation>%n 个与之关联的谈话要点</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/impact.py" line="33"/>
        <source>%n talking points linked to it</source>
        <translation>%n 个与之关联的谈话要点</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/impact.py" line="36"/>
        <source>%n talking point chosen for a meeting</source>
        <translation>%n 个已选入会议的谈话要点</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/impact.py" line="37"/>
        <source>%n talking points chosen for meetings</source>
        <translation>%n 个已选入会议的谈话要点</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/impact.py" line="40"/>
        <source>%n engagement in the history</source>
        <translation>%n 条交往记录</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/impact.py" line="41"/>
        <source>%n engagements in the history</source>
        <translation>%n 条交往记录</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/impact.py" line="44"/>
        <source>%n agenda item</source>
        <translation>%n 个议程项</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/impact.py" line="45"/>
        <source>%n agenda items</source>
        <translation>%n 个议程项</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/impact.py" line="48"/>
        <source>%n pack version</source>
        <translation>%n 个简报版本</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/impact.py" line="49"/>
        <source>%n pack versions</source>
        <translation>%n 个简报版本</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/impact.py" line="52"/>
        <source>%n review comment</source>
        <translation>%n 条审阅意见</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/impact.py" line="53"/>
        <source>%n review comments</source>
        <translation>%n 条审阅意见</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/impact.py" line="56"/>
        <source>%n interpreter&apos;s or note-taker&apos;s link to a principal</source>
        <translation>%n 条口译或记录人员与其主宾的关联</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/impact.py" line="57"/>
        <source>%n interpreters&apos; or note-takers&apos; links to principals</source>
        <translation>%n 条口译或记录人员与其主宾的关联</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/impact.py" line="60"/>
        <source>%n seating plan</source>
        <translation>%n 个座次图</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/impact.py" line="61"/>
        <source>%n seating plans</source>
        <translation>%n 个座次图</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/impact.py" line="64"/>
        <source>%n seat</source>
        <translation>%n 个座位</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/impact.py" line="65"/>
        <source>%n seats</source>
        <translation>%n 个座位</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/impact.py" line="68"/>
        <source>%n pack file</source>
        <translation>%n 个简报文件</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/impact.py" line="69"/>
        <source>%n pack files</source>
        <translation>%n 个简报文件</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/impact.py" line="72"/>
        <source>%n organization loses its parent</source>
        <translation>%n 个机构将失去上级机构</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/impact.py" line="73"/>
        <source>%n organizations lose their parent</source>
        <translation>%n 个机构将失去上级机构</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/impact.py" line="76"/>
        <source>%n meeting loses its host</source>
        <translation>%n 个会议将失去主办方</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/impact.py" line="77"/>
        <source>%n meetings lose their host</source>
        <translation>%n 个会议将失去主办方</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/impact.py" line="80"/>
        <source>%n meeting loses its chair</source>
        <translation>%n 个会议将失去主持人</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/impact.py" line="81"/>
        <source>%n meetings lose their chair</source>
        <translation>%n 个会议将失去主持人</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/impact.py" line="84"/>
        <source>%n agenda item loses its speaker</source>
        <translation>%n 个议程项将失去发言人</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/impact.py" line="85"/>
        <source>%n agenda items lose their speaker</source>
        <translation>%n 个议程项将失去发言人</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/impact.py" line="88"/>
        <source>%n seat is left empty</source>
        <translation>%n 个座位将空出</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/impact.py" line="89"/>
        <source>%n seats are left empty</source>
        <translation>%n 个座位将空出</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/impact.py" line="110"/>
        <source>This also removes {items}.</source>
        <translation>这还将删除{items}。</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../briefing_app/ui/views/labels.py" line="8"/>
        <source>Given name first (Anna SMITH)</source>
        <translation>名在前（Anna SMITH）</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/labels.py" line="9"/>
        <source>Family name first (LIU Hua)</source>
        <translation>姓在前（LIU Hua）</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/labels.py" line="12"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/labels.py" line="13"/>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/labels.py" line="14"/>
        <source>Retired</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/labels.py" line="17"/>
        <source>Planned</source>
        <translation>计划中</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/labels.py" line="18"/>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/labels.py" line="19"/>
        <source>Held</source>
        <translation>已举行</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/labels.py" line="20"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>review</name>
    <message>
        <location filename="../../briefing_app/ui/views/review_labels.py" line="17"/>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/review_labels.py" line="18"/>
        <source>submitted for review</source>
        <translation>已提交审阅</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/review_labels.py" line="19"/>
        <source>approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/review_labels.py" line="20"/>
        <source>changes requested</source>
        <translation>要求修改</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/review_labels.py" line="22"/>
        <source>interrupted: file never confirmed</source>
        <translation>已中断：文件未经确认</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/review_labels.py" line="26"/>
        <source>whole pack</source>
        <translation>整份材料</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/review_labels.py" line="27"/>
        <source>Cover</source>
        <translation>封面</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/review_labels.py" line="28"/>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/review_labels.py" line="29"/>
        <source>Purpose and objectives</source>
        <translation>会议目的与目标</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/review_labels.py" line="30"/>
        <source>Agenda</source>
        <translation>议程</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/review_labels.py" line="31"/>
        <source>Participants</source>
        <translation>与会者</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/review_labels.py" line="32"/>
        <source>Participating organizations</source>
        <translation>与会机构</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/review_labels.py" line="33"/>
        <source>Key messages</source>
        <translation>核心信息</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/review_labels.py" line="34"/>
        <source>Annex</source>
        <translation>附件</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/language.py" line="12"/>
        <source>COMPARISON_LANGUAGE</source>
        <extracomment>Translated to the code of the interface&apos;s language (&quot;zh&quot; in the Chinese translation): it follows the translation actually loaded, the way Qt reads the layout direction from its &quot;QT_LAYOUT_DIRECTION&quot; string. (A language changed in Preferences applies after a restart, to the comparison too.)</extracomment>
        <translation>zh</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/review_labels.py" line="38"/>
        <source>section: {name}</source>
        <translation>章节：{name}</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/review_labels.py" line="39"/>
        <source>organization: {name}</source>
        <translation>机构：{name}</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/review_labels.py" line="40"/>
        <source>talking point: {name}</source>
        <translation>谈话要点：{name}</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/review_labels.py" line="74"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/item_models/review_versions.py" line="39"/>
        <location filename="../../briefing_app/ui/item_models/review_comments.py" line="22"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/item_models/review_versions.py" line="40"/>
        <source>Created</source>
        <translation>生成时间</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/item_models/review_versions.py" line="41"/>
        <source>By</source>
        <translation>生成人</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/item_models/review_versions.py" line="42"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/item_models/review_versions.py" line="43"/>
        <source>Reviewer</source>
        <translation>审阅人</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/item_models/review_versions.py" line="44"/>
        <source>Open comments</source>
        <translation>未解决意见</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/item_models/review_versions.py" line="65"/>
        <source>SHA-256 {hash}
template {template}
language {language}</source>
        <translation>SHA-256 {hash}
模板 {template}
语言 {language}</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/item_models/review_versions.py" line="71"/>
        <source>Making this pack was interrupted before its file was confirmed: it cannot be reviewed. Export the pack again.</source>
        <translation>生成此简报包时在确认文件之前中断：无法审阅。请重新导出简报包。</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/item_models/review_comments.py" line="23"/>
        <source>About</source>
        <translation>针对</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/item_models/review_comments.py" line="24"/>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/item_models/review_comments.py" line="25"/>
        <source>Comment</source>
        <translation>意见</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/item_models/review_comments.py" line="26"/>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
</context>
<context>
    <name>undo</name>
    <message>
        <location filename="../../briefing_app/ui/views/problem_text.py" line="93"/>
        <source>agenda item</source>
        <extracomment>How a record is named when an undo cannot put it back or take it out.</extracomment>
        <translation>议程项</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/problem_text.py" line="94"/>
        <source>seat</source>
        <translation>席位</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/problem_text.py" line="95"/>
        <source>person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/problem_text.py" line="96"/>
        <source>talking point</source>
        <translation>谈话要点</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/problem_text.py" line="97"/>
        <source>chosen talking point</source>
        <translation>已选谈话要点</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/problem_text.py" line="98"/>
        <source>organization</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/problem_text.py" line="99"/>
        <source>meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/problem_text.py" line="100"/>
        <source>priority</source>
        <translation>优先事项</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/problem_text.py" line="101"/>
        <source>engagement</source>
        <translation>交往记录</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/problem_text.py" line="112"/>
        <source>The database has changed since this step: the {record} is gone, its place is taken, or something else now uses it. The step cannot be undone or redone without touching that too, so it was left out.</source>
        <translation>数据库在此步骤之后已有变更：该{record}已不存在、其位置已被占用，或已被其他内容使用。撤销或重做此步骤会波及这些内容，因此已跳过此步骤。</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <location filename="../../briefing_app/ui/views/problem_text.py" line="19"/>
        <source>is required</source>
        <extracomment>code of a service&apos;s problem -&gt; its translatable text</extracomment>
        <translation>必填</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/problem_text.py" line="20"/>
        <source>an organization cannot be its own parent (or ancestor)</source>
        <translation>机构不能是自身的上级（或更上级）机构</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/problem_text.py" line="23"/>
        <source>is {n} characters long; at most {limit} fit</source>
        <translation>长度为 {n} 个字符，最多只能 {limit} 个</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/problem_text.py" line="24"/>
        <source>“{value}” is not a whole number</source>
        <translation>“{value}”不是整数</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/problem_text.py" line="25"/>
        <source>“{value}” is not a date (YYYY-MM-DD)</source>
        <translation>“{value}”不是日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/problem_text.py" line="26"/>
        <source>“{value}” is not one of {choices}</source>
        <translation>“{value}”不在可选值 {choices} 之中</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/problem_text.py" line="27"/>
        <source>organization {id} does not exist</source>
        <translation>机构 {id} 不存在</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/problem_text.py" line="28"/>
        <source>person {id} does not exist</source>
        <translation>人员 {id} 不存在</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/problem_text.py" line="29"/>
        <source>unknown ids {ids}</source>
        <translation>未知的编号 {ids}</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/problem_text.py" line="30"/>
        <source>give a kind or a summary (in English or Chinese)</source>
        <translation>请填写类型或摘要（英文或中文均可）</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/problem_text.py" line="33"/>
        <source>a meeting needs a title</source>
        <translation>会议必须有标题</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/problem_text.py" line="34"/>
        <source>at most {limit} characters</source>
        <translation>最多 {limit} 个字符</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/problem_text.py" line="35"/>
        <source>unknown time zone “{value}”</source>
        <translation>未知时区“{value}”</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/problem_text.py" line="36"/>
        <source>{when} does not exist in {zone}: the clocks are put forward then (daylight saving); choose a time before or after the change</source>
        <translation>{when} 在 {zone} 不存在：此时时钟拨快（夏令时）；请选择调整之前或之后的时间</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/problem_text.py" line="41"/>
        <source>{when} happens twice in {zone}: the clocks are put back then (UTC{first}, then UTC{second}); choose a time outside the repeated hour</source>
        <translation>{when} 在 {zone} 出现两次：此时时钟拨回（先为 UTC{first}，后为 UTC{second}）；请选择重复时段以外的时间</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/problem_text.py" line="46"/>
        <source>“{value}” is too large (at most {limit})</source>
        <translation>“{value}”太大（最大为 {limit}）</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/problem_text.py" line="47"/>
        <source>the meeting ends before it starts</source>
        <translation>会议结束时间早于开始时间</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/problem_text.py" line="48"/>
        <source>give a start when there is an end</source>
        <translation>设置了结束时间，请同时设置开始时间</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/problem_text.py" line="49"/>
        <source>unknown pack language “{value}”</source>
        <translation>未知的材料语言“{value}”</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/problem_text.py" line="50"/>
        <source>unknown status “{value}”</source>
        <translation>未知状态“{value}”</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/problem_text.py" line="51"/>
        <source>“{char}” cannot be in a document reference: use Latin letters, digits, “-”, “.” or “_” (no spaces or “/”)</source>
        <translation>文号中不能包含“{char}”：请使用拉丁字母、数字、“-”、“.”或“_”（不能有空格或“/”）</translation>
    </message>
    <message>
        <location filename="../../briefing_app/ui/views/problem_text.py" line="56"/>
        <source>a document reference starts with a letter or digit</source>
        <translation>文号须以字母或数字开头</translation>
    </message>
</context>
</TS>
