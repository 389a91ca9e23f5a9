; Inno Setup script for the Compliance Client (Inno Setup 6.3 or newer).
; Saved as UTF-8 *with* a byte-order mark: without one ISCC reads the file in the build
; machine's ANSI code page and the German and French messages below come out garbled.
;
; Built by installer\build.ps1 (or `make installer` where ISCC exists), which freezes the app
; with PyInstaller first and passes the version read from the package metadata:
;
;   ISCC /DAppVersion=X.Y.Z /DAppVersionNumeric=X.Y.Z.0 /DBundleDir=C:\...\dist\compliance-client
;        /DOutputDir=C:\...\dist installer\compliance-client.iss
;
; What it does:
; - installs for the current user only, without administrator rights, into
;   %LOCALAPPDATA%\Programs\Compliance Client (what {autopf} means in a per-user install);
; - a Start-menu entry, and a desktop shortcut if the user ticks that task;
; - upgrades in place: the fixed AppId below makes a newer setup find and replace the
;   installed version (same folder, same uninstaller entry);
; - the uninstaller keeps the user's profiles and stored API tokens unless the user ticks
;   "also remove ..." (see [Code]); they live outside the program folder anyway
;   (%LOCALAPPDATA%\compliance-client and Windows Credential Manager), so upgrades and a
;   plain uninstall never touch them.

#ifndef AppVersion
  #error Pass the version: ISCC /DAppVersion=X.Y.Z (installer\build.ps1 reads it from the package)
#endif
#ifndef AppVersionNumeric
  ; Windows' own version fields take four numbers only; build.ps1 passes them.
  #define AppVersionNumeric AppVersion
#endif
#ifndef BundleDir
  #define BundleDir "..\dist\compliance-client"
#endif
#ifndef OutputDir
  #define OutputDir "..\dist"
#endif

#define AppName "Compliance Client"
#define AppExe "compliance-client.exe"
#define PurgeExe "compliance-client-purge.exe"

[Setup]
; Never change this GUID: it is how a new version recognises an installed one (upgrade in
; place) and how "Apps & features" keys the uninstaller entry. The doubled brace escapes it.
AppId={{18C4AFD7-1046-41B4-8623-4BCDCF7FAE1C}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Compliance Client team
VersionInfoVersion={#AppVersionNumeric}
VersionInfoProductTextVersion={#AppVersion}
VersionInfoDescription={#AppName} Setup

; Per-user install with no UAC prompt. Without PrivilegesRequiredOverridesAllowed the user
; cannot switch to a per-machine install: the app keeps its data per user anyway, and a
; per-machine copy would need an administrator for every upgrade.
PrivilegesRequired=lowest
; {autopf} is {userpf} = %LOCALAPPDATA%\Programs here. Unlike Program Files this folder is
; writable by the user, which is what lets an upgrade run without elevation.
DefaultDirName={autopf}\{#AppName}
DisableProgramGroupPage=yes
; An upgrade reuses the folder and the tasks (desktop shortcut or not) chosen the first time.
UsePreviousAppDir=yes
UsePreviousTasks=yes
; The bundle is built by 64-bit Python; x64compatible also admits Windows 11 on Arm, which
; runs x64 programs under emulation.
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Windows 10 1809 or later: what PySide6 6.x supports.
MinVersion=10.0.17763

OutputDir={#OutputDir}
OutputBaseFilename=compliance-client-{#AppVersion}-setup
SetupIconFile=..\resources\icons\app.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes

; A running copy of the app holds its .exe, Qt's DLLs and Python's .pyd extension modules
; open; Windows refuses to overwrite an open file. Restart Manager finds the programs using
; the files being replaced and Setup offers to close them (it sends the window a close
; request, as logging off would: the app's own "unsaved changes" handling still runs). The
; default filter is *.exe,*.dll,*.chm, which would miss a process that only has .pyd files
; open, hence the longer filter. Restart Manager only restarts programs that registered with
; RegisterApplicationRestart, which the app does not, so we do not promise a restart.
CloseApplications=yes
CloseApplicationsFilter=*.exe,*.dll,*.pyd
RestartApplications=no

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "de"; MessagesFile: "compiler:Languages\German.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; Upgrade in place copies the new files over the old ones but would leave behind any file the
; new version no longer ships. In a PyInstaller bundle a stale DLL or .pyd in _internal can be
; loaded instead of the right one, so the whole _internal folder is replaced, not merged.
; (Restart Manager above also covers this: files to be deleted here count as files in use.)
Type: filesandordirs; Name: "{app}\_internal"

[Files]
; The PyInstaller one-folder bundle: compliance-client.exe (windowed), compliance-client-cli.exe
; (console twin for scripts), compliance-client-purge.exe (used by the uninstaller only) and
; _internal\ (Python, Qt, resources). ignoreversion: always replace, whatever the files'
; version resources say, so a rebuild with the same version number still updates everything.
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
; {autoprograms}/{autodesktop} are the user's own Start menu and desktop in a per-user install.
; No AppUserModelID is set: Windows then derives one from the executable's path for both the
; shortcut and the running window, so a pinned taskbar icon and the open window group
; together. Setting one here would split them unless the app set the same ID at start.
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "{cm:AppComment}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "{cm:AppComment}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#StringChange(AppName, '&', '&&')}}"; Flags: nowait postinstall skipifsilent

[CustomMessages]
en.AppComment=Compliance profile and API token manager
de.AppComment=Compliance-Profil und API-Token-Verwaltung
fr.AppComment=Profil de conformité et gestion des jetons d'API
en.PurgeCaption=Uninstall {#AppName}
de.PurgeCaption={#AppName} deinstallieren
fr.PurgeCaption=Désinstaller {#AppName}
en.PurgeIntro={#AppName} will be removed from this computer.%n%nYour profiles and the API tokens stored for them in Windows Credential Manager are kept, so that a later installation finds them again.
de.PurgeIntro={#AppName} wird von diesem Computer entfernt.%n%nIhre Profile und die dafür in der Windows-Anmeldeinformationsverwaltung gespeicherten API-Token bleiben erhalten, damit eine spätere Installation sie wiederfindet.
fr.PurgeIntro={#AppName} va être supprimé de cet ordinateur.%n%nVos profils et les jetons d'API enregistrés pour eux dans le Gestionnaire d'identification Windows sont conservés, afin qu'une installation ultérieure les retrouve.
en.PurgeCheck=&Also remove my profiles, their stored API tokens and the local demo and server databases
de.PurgeCheck=&Auch meine Profile, ihre gespeicherten API-Token und die lokalen Demo- und Serverdatenbanken entfernen
fr.PurgeCheck=&Supprimer aussi mes profils, leurs jetons d'API enregistrés et les bases de données locales (démo et serveur)
en.PurgeDetail=This deletes the folder %1 and the "compliance-client" entries in Windows Credential Manager. It cannot be undone. Tokens on the server are not revoked.
de.PurgeDetail=Dies löscht den Ordner %1 und die Einträge „compliance-client“ in der Windows-Anmeldeinformationsverwaltung. Das kann nicht rückgängig gemacht werden. Token auf dem Server werden nicht widerrufen.
fr.PurgeDetail=Cela supprime le dossier %1 et les entrées « compliance-client » du Gestionnaire d'identification Windows. C'est irréversible. Les jetons ne sont pas révoqués sur le serveur.
en.PurgeContinue=&Uninstall
de.PurgeContinue=&Deinstallieren
fr.PurgeContinue=&Désinstaller
en.AppRunning={#AppName} is running. Close it, then choose Retry.
de.AppRunning={#AppName} wird ausgeführt. Schließen Sie es und wählen Sie dann „Wiederholen“.
fr.AppRunning={#AppName} est en cours d'exécution. Fermez-le, puis choisissez Réessayer.
en.PurgeKeyringLeft=The program was removed, but some API tokens could not be deleted from Windows Credential Manager (is it locked?). Remove the entries named "compliance-client" there by hand (Control Panel > Credential Manager > Windows Credentials).
de.PurgeKeyringLeft=Das Programm wurde entfernt, aber einige API-Token konnten nicht aus der Windows-Anmeldeinformationsverwaltung gelöscht werden. Entfernen Sie dort die Einträge „compliance-client“ von Hand (Systemsteuerung > Anmeldeinformationsverwaltung > Windows-Anmeldeinformationen).
fr.PurgeKeyringLeft=Le programme a été supprimé, mais certains jetons d'API n'ont pas pu être effacés du Gestionnaire d'identification Windows. Supprimez-y à la main les entrées « compliance-client » (Panneau de configuration > Gestionnaire d'identification > Informations d'identification Windows).
en.PurgeFilesLeft=The program was removed, but some of your data could not be deleted (a file may be open in another program). You can delete the folder %1 yourself.
de.PurgeFilesLeft=Das Programm wurde entfernt, aber einige Ihrer Daten konnten nicht gelöscht werden (eine Datei ist vielleicht in einem anderen Programm geöffnet). Sie können den Ordner %1 selbst löschen.
fr.PurgeFilesLeft=Le programme a été supprimé, mais certaines de vos données n'ont pas pu être effacées (un fichier est peut-être ouvert dans un autre programme). Vous pouvez supprimer vous-même le dossier %1.
en.PurgeFailed=The program was removed, but your profiles and API tokens could not be removed (error %1). They are in %2 and in Windows Credential Manager under "compliance-client".
de.PurgeFailed=Das Programm wurde entfernt, aber Ihre Profile und API-Token konnten nicht entfernt werden (Fehler %1). Sie liegen in %2 und in der Windows-Anmeldeinformationsverwaltung unter „compliance-client“.
fr.PurgeFailed=Le programme a été supprimé, mais vos profils et jetons d'API n'ont pas pu être supprimés (erreur %1). Ils se trouvent dans %2 et dans le Gestionnaire d'identification Windows sous « compliance-client ».

[Code]
const
  { Exit statuses of compliance-client-purge.exe (installer\purge_user_data.py). }
  PurgeOk = 0;
  PurgeKeyringLeft = 3;
  PurgeFilesLeft = 4;

var
  PurgeUserData: Boolean;

{ The app's data folder: platformdirs' user_config_dir/user_data_dir for "compliance-client"
  with no author, i.e. %LOCALAPPDATA%\compliance-client. Shown to the user; the purge helper
  asks platformdirs itself, so the two cannot disagree about what is deleted. }
function UserDataDir(): String;
begin
  Result := ExpandConstant('{localappdata}\compliance-client');
end;

function HasParam(const Name: String): Boolean;
var
  I: Integer;
begin
  Result := False;
  for I := 1 to ParamCount do
    if CompareText(ParamStr(I), Name) = 0 then
    begin
      Result := True;
      Exit;
    end;
end;

{ Restart Manager (CloseApplications) works for Setup only; the uninstaller has no such step,
  and a per-user uninstaller cannot schedule deletion at the next restart (that needs
  administrator rights), so files of a running app would simply stay behind. Windows maps a
  running .exe as an image and refuses to open it for writing, which tells us it is in use. }
function AppIsRunning(): Boolean;
var
  Stream: TFileStream;
begin
  Result := False;
  if not FileExists(ExpandConstant('{app}\{#AppExe}')) then
    Exit;
  try
    Stream := TFileStream.Create(ExpandConstant('{app}\{#AppExe}'),
                                 fmOpenReadWrite or fmShareExclusive);
    Stream.Free;
  except
    Result := True;
  end;
end;

{ The uninstall page: what will happen, and one box, unticked, to remove the user's data too.
  The uninstaller has no wizard pages, so this is a small form of its own. Returns False
  when the user cancels. }
function AskAboutUserData(): Boolean;
var
  Form: TSetupForm;
  Intro, Detail: TNewStaticText;
  Check: TNewCheckBox;
  OkButton, CancelButton: TNewButton;
  Margin, W: Integer;
begin
  Margin := ScaleX(12);
  Form := CreateCustomForm(ScaleX(460), ScaleY(230), False, True);
  try
    Form.Caption := CustomMessage('PurgeCaption');

    Intro := TNewStaticText.Create(Form);
    Intro.Parent := Form;
    Intro.AutoSize := False;
    Intro.WordWrap := True;
    Intro.Left := Margin;
    Intro.Top := Margin;
    Intro.Width := Form.ClientWidth - 2 * Margin;
    Intro.Caption := CustomMessage('PurgeIntro');
    Intro.AdjustHeight;

    Check := TNewCheckBox.Create(Form);
    Check.Parent := Form;
    Check.Left := Margin;
    Check.Top := Intro.Top + Intro.Height + ScaleY(12);
    Check.Width := Form.ClientWidth - 2 * Margin;
    Check.Height := ScaleY(17);
    Check.Caption := CustomMessage('PurgeCheck');
    Check.Checked := False;

    Detail := TNewStaticText.Create(Form);
    Detail.Parent := Form;
    Detail.AutoSize := False;
    Detail.WordWrap := True;
    Detail.Left := Margin + ScaleX(18);
    Detail.Top := Check.Top + Check.Height + ScaleY(4);
    Detail.Width := Form.ClientWidth - 2 * Margin - ScaleX(18);
    Detail.Caption := FmtMessage(CustomMessage('PurgeDetail'), [UserDataDir()]);
    Detail.AdjustHeight;

    OkButton := TNewButton.Create(Form);
    OkButton.Parent := Form;
    OkButton.Caption := CustomMessage('PurgeContinue');
    OkButton.ModalResult := mrOk;
    OkButton.Default := True;

    CancelButton := TNewButton.Create(Form);
    CancelButton.Parent := Form;
    CancelButton.Caption := SetupMessage(msgButtonCancel);
    CancelButton.ModalResult := mrCancel;
    CancelButton.Cancel := True;

    W := Form.CalculateButtonWidth([OkButton.Caption, CancelButton.Caption]);
    OkButton.Width := W;
    CancelButton.Width := W;
    OkButton.Height := ScaleY(23);
    CancelButton.Height := ScaleY(23);
    Form.ClientHeight := Detail.Top + Detail.Height + ScaleY(16) + OkButton.Height + Margin;
    CancelButton.Left := Form.ClientWidth - Margin - W;
    OkButton.Left := CancelButton.Left - ScaleX(6) - W;
    OkButton.Top := Form.ClientHeight - Margin - OkButton.Height;
    CancelButton.Top := OkButton.Top;

    Form.ActiveControl := OkButton;
    Result := Form.ShowModal() = mrOk;
    PurgeUserData := Result and Check.Checked;
  finally
    Form.Free();
  end;
end;

function InitializeUninstall(): Boolean;
begin
  Result := True;
  PurgeUserData := False;
  while AppIsRunning() do
  begin
    { A silent uninstall cannot ask; it fails rather than leave half a program behind. }
    if UninstallSilent() or
       (MsgBox(CustomMessage('AppRunning'), mbError, MB_RETRYCANCEL) <> IDRETRY) then
    begin
      Result := False;
      Exit;
    end;
  end;
  if UninstallSilent() then
    { Scripted uninstalls keep the data unless told otherwise: uninstaller /VERYSILENT /PURGE }
    PurgeUserData := HasParam('/PURGE')
  else
    Result := AskAboutUserData();
end;

{ Runs the purge helper while the program files still exist (usUninstall comes before any
  file is deleted). The helper is the app's own code, so it removes exactly the keyring
  entries the app wrote: Inno Setup cannot read profiles.json, and keyring's names in
  Credential Manager ("<profile>@compliance-client" or "compliance-client") are its own
  business. It runs hidden as the same user, which matters: Credential Manager entries
  belong to the user who stored them, and this per-user uninstaller runs as that user.
  keyring stores them with CRED_PERSIST_ENTERPRISE, so in a domain with roaming profiles
  they follow the user to other PCs, and removing them here removes them there too; the
  checkbox is unticked by default for that reason as well. }
procedure PurgeNow();
var
  ResultCode: Integer;
begin
  if not Exec(ExpandConstant('{app}\{#PurgeExe}'), '--yes', '', SW_HIDE,
              ewWaitUntilTerminated, ResultCode) then
  begin
    { ResultCode is the Windows error here (e.g. 2: the helper is missing). }
    if not UninstallSilent() then
      MsgBox(FmtMessage(CustomMessage('PurgeFailed'), [IntToStr(ResultCode), UserDataDir()]),
             mbError, MB_OK);
    Exit;
  end;
  if UninstallSilent() then
    Exit;
  case ResultCode of
    PurgeOk: ;
    PurgeKeyringLeft:
      MsgBox(CustomMessage('PurgeKeyringLeft'), mbError, MB_OK);
    PurgeFilesLeft:
      MsgBox(FmtMessage(CustomMessage('PurgeFilesLeft'), [UserDataDir()]), mbError, MB_OK);
  else
    MsgBox(FmtMessage(CustomMessage('PurgeFailed'), [IntToStr(ResultCode), UserDataDir()]),
           mbError, MB_OK);
  end;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usUninstall) and PurgeUserData then
    PurgeNow();
end;
