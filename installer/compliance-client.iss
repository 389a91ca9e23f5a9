; Inno Setup script for the Compliance Client (Inno Setup 6.3 or newer; CI compiles it with
; 6.3.1 and 6.4.1 under Wine, and the #if around CreateCustomForm below keeps 6.6+ working).
; Saved as UTF-8 *with* a byte-order mark: without one ISCC reads the file in the build
; machine's ANSI code page and the German and French messages below come out garbled.
;
; Built by installer\build.ps1 (or `make installer`: ISCC on Windows, ISCC under Wine on
; Linux), which freezes the app with PyInstaller first and passes the version read from the
; package metadata:
;
;   ISCC /DAppVersion=X.Y.Z /DAppVersionNumeric=X.Y.Z.0 /DBundleDir=C:\...\dist\compliance-client
;        /DOutputDir=C:\...\dist installer\compliance-client.iss
;
; What it does (docs/installer.md and docs/deployment.md say more):
; - by default installs for the current user only, without administrator rights, into
;   %LOCALAPPDATA%\Programs\Compliance Client (what {autopf} means in a per-user install);
;   /ALLUSERS (or the choice the wizard offers) installs for all users into Program Files,
;   with administrator rights; /CURRENTUSER forces the per-user install;
; - a Start-menu entry, a desktop shortcut if the user ticks that task, and a Run value
;   ("Start Compliance Client when I sign in") if the user ticks that one;
; - upgrades in place: the fixed AppId below makes a newer setup find and replace the
;   installed version (same folder, same install mode, same uninstaller entry);
; - the uninstaller keeps the user's profiles and stored API tokens unless the user ticks
;   "also remove ..." (or passes /PURGE), and disables this PC's device ID on the server
;   first only if the user ticks that box (or passes /DISABLEDEVICE); see [Code]. The data
;   lives outside the program folder anyway (%LOCALAPPDATA%\compliance-client and Windows
;   Credential Manager), so upgrades and a plain uninstall never touch it.

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
#define CliExe "compliance-client-cli.exe"

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

; Per-user install with no UAC prompt by default. The override lets IT install for all users:
; `setup.exe /ALLUSERS` (administrator, Program Files, HKLM) or `/CURRENTUSER`, and the
; wizard asks "for me only / for all users" when neither is given. Everything per install
; mode below uses the auto constants ({autopf}, {autoprograms}, {autodesktop}, HKA), which
; mean the user's own places in a per-user install and the machine's in a per-machine one.
; An upgrade keeps the install mode of the installed copy (UsePreviousPrivileges, default
; yes). The app keeps its data per user in either mode; a per-machine copy needs an
; administrator for every upgrade, which is what IT wants.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=commandline dialog
; {autopf} is {userpf} = %LOCALAPPDATA%\Programs per user (writable by the user, which is what
; lets a per-user upgrade run without elevation) and Program Files per machine.
DefaultDirName={autopf}\{#AppName}
DisableProgramGroupPage=yes
; An upgrade reuses the folder and the tasks (desktop shortcut, autostart) chosen the first time.
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
; The Run value below. Per machine (HKLM) it starts the app at every user's sign-in.
Name: "autostart"; Description: "{cm:AutostartTask}"; GroupDescription: "{cm:AutostartGroup}"; Flags: unchecked

[Registry]
; "Start Compliance Client when I sign in". The value name is a contract with the app, whose
; own "Start when I sign in" option reads and writes the same name under HKCU; --autostart
; tells the app that it was started at sign-in, not by a person. HKA is HKCU per user and
; HKLM per machine (then it starts for every user who signs in; the Autostart policy can
; switch that off).
Root: HKA; Subkey: "Software\Microsoft\Windows\CurrentVersion\Run"; ValueType: string; ValueName: "{#AppName}"; ValueData: """{app}\{#AppExe}"" --autostart"; Flags: uninsdeletevalue; Tasks: autostart
; Without the task the value may still be there, written by the app's own option (per user:
; the same HKCU value). ValueType none writes nothing; the flag removes the value on
; uninstall, so no Run entry is left pointing at a deleted program.
Root: HKA; Subkey: "Software\Microsoft\Windows\CurrentVersion\Run"; ValueType: none; ValueName: "{#AppName}"; Flags: uninsdeletevalue

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
; {autoprograms}/{autodesktop} are the user's own Start menu and desktop in a per-user install,
; the common ones (every user's) in a per-machine install.
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

en.AutostartGroup=Startup:
de.AutostartGroup=Autostart:
fr.AutostartGroup=Démarrage :
en.AutostartTask=Start {#AppName} when I sign in
de.AutostartTask={#AppName} bei der Anmeldung starten
fr.AutostartTask=Démarrer {#AppName} à l'ouverture de session
en.DeviceCheck=Disable this PC's device &ID on the server first
de.DeviceCheck=Zuerst die &Geräte-ID dieses PCs auf dem Server deaktivieren
fr.DeviceCheck=Désactiver d'abord l'&identifiant d'appareil de ce PC sur le serveur
en.DeviceDetail=This uses the server and token of the active profile of the Windows account %1. The server then refuses this PC until an administrator enables its device ID again: leave this unticked if you are going to reinstall.
de.DeviceDetail=Dafür werden Server und Token des aktiven Profils des Windows-Kontos %1 verwendet. Der Server lehnt diesen PC danach ab, bis ein Administrator seine Geräte-ID wieder aktiviert: Lassen Sie das Kästchen leer, wenn Sie neu installieren wollen.
fr.DeviceDetail=Cela utilise le serveur et le jeton du profil actif du compte Windows %1. Le serveur refuse ensuite ce PC jusqu'à ce qu'un administrateur réactive son identifiant d'appareil : laissez cette case décochée si vous comptez réinstaller.
en.DisableFailed=This PC's device ID could not be disabled on the server: %1%n%nUninstall anyway? The device ID then stays active until an administrator disables it on the server.
de.DisableFailed=Die Geräte-ID dieses PCs konnte auf dem Server nicht deaktiviert werden: %1%n%nTrotzdem deinstallieren? Die Geräte-ID bleibt dann aktiv, bis ein Administrator sie auf dem Server deaktiviert.
fr.DisableFailed=L'identifiant d'appareil de ce PC n'a pas pu être désactivé sur le serveur : %1%n%nDésinstaller quand même ? L'identifiant reste alors actif jusqu'à ce qu'un administrateur le désactive sur le serveur.
en.DisableNotStarted=the command-line program could not be started (Windows error %1).
de.DisableNotStarted=Das Befehlszeilenprogramm konnte nicht gestartet werden (Windows-Fehler %1).
fr.DisableNotStarted=le programme en ligne de commande n'a pas pu être lancé (erreur Windows %1).
en.DisableRefused=the server refused the request or could not be reached, or this Windows account has no profile with a server and a token (exit code 1).%n%n%2
de.DisableRefused=Der Server hat die Anfrage abgelehnt oder war nicht erreichbar, oder dieses Windows-Konto hat kein Profil mit Server und Token (Exitcode 1).%n%n%2
fr.DisableRefused=le serveur a refusé la demande ou n'a pas pu être joint, ou ce compte Windows n'a pas de profil avec serveur et jeton (code de sortie 1).%n%n%2
en.DisableUsage=the installed command-line program did not accept the request (exit code 2).%n%n%2
de.DisableUsage=Das installierte Befehlszeilenprogramm hat die Anfrage nicht angenommen (Exitcode 2).%n%n%2
fr.DisableUsage=le programme en ligne de commande installé n'a pas accepté la demande (code de sortie 2).%n%n%2
en.DisableOther=the command-line program failed unexpectedly (exit code %1).%n%n%2
de.DisableOther=Das Befehlszeilenprogramm ist unerwartet fehlgeschlagen (Exitcode %1).%n%n%2
fr.DisableOther=le programme en ligne de commande a échoué de façon inattendue (code de sortie %1).%n%n%2

[Code]
const
  { Exit statuses of compliance-client-purge.exe (installer\purge_user_data.py). }
  PurgeOk = 0;
  PurgeKeyringLeft = 3;
  PurgeFilesLeft = 4;
  { Exit statuses of compliance-client-cli.exe (README, "Exit status"): 0 done, which for
    `device disable` includes "was already disabled"; 1 refused by the server, no answer from
    it, or no server or token in the profile (one line on stderr says which); 2 usage. }
  CliOk = 0;
  CliFailed = 1;
  CliUsage = 2;

var
  PurgeUserData: Boolean;
  DisableDevice: Boolean;
  CliLastLine: String;

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

{ A wrapped, auto-height label under the control above it. }
function AddDetail(const Form: TSetupForm; const Above: TControl; const Indent: Integer;
                   const Text: String): TNewStaticText;
begin
  Result := TNewStaticText.Create(Form);
  Result.Parent := Form;
  Result.AutoSize := False;
  Result.WordWrap := True;
  Result.Left := ScaleX(12) + Indent;
  Result.Top := Above.Top + Above.Height + ScaleY(4);
  Result.Width := Form.ClientWidth - 2 * ScaleX(12) - Indent;
  Result.Caption := Text;
  Result.AdjustHeight;
end;

function AddCheck(const Form: TSetupForm; const Above: TControl; const Text: String): TNewCheckBox;
begin
  Result := TNewCheckBox.Create(Form);
  Result.Parent := Form;
  Result.Left := ScaleX(12);
  Result.Top := Above.Top + Above.Height + ScaleY(12);
  Result.Width := Form.ClientWidth - 2 * ScaleX(12);
  Result.Height := ScaleY(17);
  Result.Caption := Text;
  Result.Checked := False;
end;

{ The uninstall page: what will happen, and two boxes, both unticked: remove the user's data
  too, and disable this PC's device ID on the server first. Unticked, because a user who
  reinstalls wants neither (only an administrator can enable a device ID again); IT passes
  /DISABLEDEVICE. The uninstaller has no wizard pages, so this is a small form of its own.
  Returns False when the user cancels. }
function AskBeforeUninstall(): Boolean;
var
  Form: TSetupForm;
  Intro, PurgeDetail, DeviceDetail: TNewStaticText;
  PurgeCheck, DeviceCheck: TNewCheckBox;
  OkButton, CancelButton: TNewButton;
  Margin, W: Integer;
begin
  Margin := ScaleX(12);
#if Ver >= EncodeVer(6, 6, 0)
  { 6.6 takes the size up front (and KeepSizeX/KeepSizeY: the form may grow wider with
    WizardSizePercent, not taller); the height is fitted to the text below. }
  Form := CreateCustomForm(ScaleX(460), ScaleY(300), False, True);
#else
  { 6.3 to 6.5: no parameters, the size and KeepSizeY are properties. }
  Form := CreateCustomForm;
  Form.ClientWidth := ScaleX(460);
  Form.ClientHeight := ScaleY(300);
  Form.KeepSizeY := True;
#endif
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

    PurgeCheck := AddCheck(Form, Intro, CustomMessage('PurgeCheck'));
    PurgeDetail := AddDetail(Form, PurgeCheck, ScaleX(18),
                             FmtMessage(CustomMessage('PurgeDetail'), [UserDataDir()]));
    DeviceCheck := AddCheck(Form, PurgeDetail, CustomMessage('DeviceCheck'));
    DeviceDetail := AddDetail(Form, DeviceCheck, ScaleX(18),
                              FmtMessage(CustomMessage('DeviceDetail'), [GetUserNameString()]));

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
    Form.ClientHeight := DeviceDetail.Top + DeviceDetail.Height + ScaleY(16) + OkButton.Height
                         + Margin;
    CancelButton.Left := Form.ClientWidth - Margin - W;
    OkButton.Left := CancelButton.Left - ScaleX(6) - W;
    OkButton.Top := Form.ClientHeight - Margin - OkButton.Height;
    CancelButton.Top := OkButton.Top;

    Form.ActiveControl := OkButton;
    Result := Form.ShowModal() = mrOk;
    PurgeUserData := Result and PurgeCheck.Checked;
    DisableDevice := Result and DeviceCheck.Checked;
  finally
    Form.Free();
  end;
end;

{ ExecAndLogOutput's callback: the CLI's output goes to the uninstall log (/LOG), and its
  last line (on failure the one-line error, which never holds a key) is kept to show. }
procedure KeepCliOutput(const S: String; const Error, FirstLine: Boolean);
begin
  if FirstLine then
    Log('compliance-client-cli device disable said:');
  Log(S);
  if (not Error) and (Trim(S) <> '') then
    CliLastLine := Trim(S);
end;

{ Why `device disable` failed, for a person: the class of its exit status and its own line. }
function DisableFailure(const Started: Boolean; const ResultCode: Integer): String;
begin
  if not Started then
    { ResultCode is the Windows error here (e.g. 2: the program is missing). }
    Result := FmtMessage(CustomMessage('DisableNotStarted'), [IntToStr(ResultCode)])
  else
    case ResultCode of
      CliFailed:
        Result := FmtMessage(CustomMessage('DisableRefused'), [IntToStr(ResultCode), CliLastLine]);
      CliUsage:
        Result := FmtMessage(CustomMessage('DisableUsage'), [IntToStr(ResultCode), CliLastLine]);
    else
      Result := FmtMessage(CustomMessage('DisableOther'), [IntToStr(ResultCode), CliLastLine]);
    end;
end;

{ Disables this PC's device ID on the server with the app's own command line, before anything
  is removed: `compliance-client-cli.exe device disable --yes` with the active profile's
  server and token and this PC's device key, all of the account running the uninstaller.
  That is the user in a per-user install. In a per-machine install the uninstaller runs
  elevated, and Inno Setup cannot run a program as the original user at uninstall time
  (ExecAsOriginalUser raises an error there), so it is the account that elevated: the same
  user when an administrator uninstalls their own copy, the administrator's account after an
  over-the-shoulder elevation, and SYSTEM under Intune or SCCM, which has no profile, so the
  command fails (exit 1) and is logged; the form names the account. Returns False only when
  the user, told that it failed, chooses not to go on. A silent uninstall always goes on:
  its exit code cannot carry this, so the reason goes to the log (/LOG=file). }
function DisableDeviceNow(): Boolean;
var
  Started: Boolean;
  ResultCode: Integer;
  Why: String;
begin
  Result := True;
  CliLastLine := '';
  Log('Disabling this PC''s device ID on the server as ' + GetUserNameString());
  { ExecAndLogOutput runs a console program hidden whatever ShowCmd says; its output comes
    back line by line (Exec would flash a console window or lose the error line). }
  Started := ExecAndLogOutput(ExpandConstant('{app}\{#CliExe}'), 'device disable --yes', '',
                              SW_SHOWNORMAL, ewWaitUntilTerminated, ResultCode, @KeepCliOutput);
  if Started and (ResultCode = CliOk) then
  begin
    Log('This PC''s device ID is disabled on the server.');
    Exit;
  end;
  Why := DisableFailure(Started, ResultCode);
  Log('This PC''s device ID was NOT disabled: ' + Why);
  if UninstallSilent() then
    Exit;
  Result := MsgBox(FmtMessage(CustomMessage('DisableFailed'), [Why]), mbError,
                   MB_YESNO or MB_DEFBUTTON2) = IDYES;
end;

function InitializeUninstall(): Boolean;
begin
  Result := True;
  PurgeUserData := False;
  DisableDevice := False;
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
  begin
    { Scripted uninstalls keep the data and the device ID unless told otherwise:
      unins000.exe /VERYSILENT [/DISABLEDEVICE] [/PURGE] }
    PurgeUserData := HasParam('/PURGE');
    DisableDevice := HasParam('/DISABLEDEVICE');
  end
  else
    Result := AskBeforeUninstall();
  { Before anything is removed, and before the purge removes the profile, the token and the
    device key it needs. Saying No to "uninstall anyway?" cancels with nothing removed. }
  if Result and DisableDevice then
    Result := DisableDeviceNow();
end;

{ Runs the purge helper while the program files still exist (usUninstall comes before any
  file is deleted). The helper is the app's own code, so it removes exactly the keyring
  entries the app wrote: Inno Setup cannot read profiles.json, and keyring's names in
  Credential Manager ("<profile>@compliance-client" or "compliance-client") are its own
  business. It runs hidden as the account running the uninstaller, which matters:
  Credential Manager entries belong to the user who stored them. A per-user uninstaller runs
  as that user; a per-machine one runs elevated, and ExecAsOriginalUser is not available at
  uninstall time, so it is the elevating account's data (the form shows its folder).
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
