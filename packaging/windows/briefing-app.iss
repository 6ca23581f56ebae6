; Inno Setup 6 script: a per-user installer of Briefing App (no administrator rights).
; Build on Windows, after `python packaging\build.py` made dist\briefing-app\:
;   iscc packaging\windows\briefing-app.iss       -> dist\BriefingApp-<version>-setup.exe
; Pass another version with /DAppVersion=0.2.0. Signing: docs\packaging.md.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Briefing App"
#define Bundle "..\..\dist\briefing-app"

[Setup]
AppId={{5E0C2B7A-3F61-4C1D-9B4E-8A2D7C6F1E30}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=Briefing App
; Per user: installs in %LOCALAPPDATA%\Programs, registry under HKCU, no UAC prompt.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UninstallDisplayIcon={app}\BriefingApp.exe
OutputDir=..\..\dist
OutputBaseFilename=BriefingApp-{#AppVersion}-setup
SetupIconFile=..\..\build\icons\briefing-app.ico
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
; Sign setup and uninstaller when a certificate is configured (see docs\packaging.md):
; SignTool=signtool sign /fd sha256 /tr http://timestamp.digicert.com /td sha256 /a $f

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\BriefingApp.exe"; Parameters: "gui"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\BriefingApp.exe"; Parameters: "gui"; Tasks: desktopicon

[Registry]
; The interchange format is plain JSON (docs/interchange.md: "format": "briefing-app"),
; so the app is offered under "Open with" for .json files without taking them over.
Root: HKA; Subkey: "Software\Classes\BriefingApp.Data"; ValueType: string; ValueName: ""; ValueData: "Briefing App data"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\BriefingApp.Data\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\BriefingApp.exe,0"
Root: HKA; Subkey: "Software\Classes\BriefingApp.Data\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\BriefingApp.exe"" ""%1"""
Root: HKA; Subkey: "Software\Classes\.json\OpenWithProgids"; ValueType: string; ValueName: "BriefingApp.Data"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Applications\BriefingApp.exe\SupportedTypes"; ValueType: string; ValueName: ".json"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\BriefingApp.exe"; Parameters: "gui"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; Uninstall removes only what was installed in {app} and the keys above. The user's
; data folder, %LOCALAPPDATA%\BriefingApp (database, backups, settings, log), is
; not under {app} and is kept: no [UninstallDelete] entry names it.
