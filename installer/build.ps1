<#
.SYNOPSIS
    Build the Compliance Client for Windows: freeze with PyInstaller, smoke-test the frozen
    app, print the bundle size, then build the setup with Inno Setup (ISCC) if installed.

.DESCRIPTION
    The PowerShell twin of installer/build.sh (`make installer`). Run from any directory:

        powershell -ExecutionPolicy Bypass -File installer\build.ps1
        installer\build.ps1 -Python C:\py311\python.exe -SkipSetup

    It creates .venv if there is none and installs the package with its `server` and
    `installer` extras (PyInstaller), builds the .qm translations, then:

      dist\compliance-client\                      the one-folder bundle
      dist\compliance-client-<version>-setup.exe   the installer (per user; /ALLUSERS: per machine; needs ISCC)

    The version comes from the installed package's metadata (installer\winversion.py), so
    pyproject.toml is the one place a release is numbered.

.PARAMETER Python
    The Python 3.11+ used to create .venv when it does not exist yet (default: py -3 or python).

.PARAMETER SkipSetup
    Build and smoke-test the bundle only; do not run ISCC.
#>
[CmdletBinding()]
param(
    [string]$Python = "",
    [switch]$SkipSetup
)

$ErrorActionPreference = "Stop"
Set-StrictMode -Version Latest
$Root = Split-Path -Parent $PSScriptRoot
Set-Location $Root

function Invoke-Checked {
    # Native programs report failure by exit code, which PowerShell does not turn into an
    # error by itself (before 7.3's $PSNativeCommandUseErrorActionPreference).
    param([string]$Exe, [string[]]$Arguments)
    & $Exe @Arguments
    if ($LASTEXITCODE -ne 0) { throw "$Exe $($Arguments -join ' ') failed with exit code $LASTEXITCODE" }
}

# --- the environment ----------------------------------------------------------------------
$VenvPy = Join-Path $Root ".venv\Scripts\python.exe"
if (-not (Test-Path $VenvPy)) {
    if (-not $Python) {
        $Python = if (Get-Command py -ErrorAction SilentlyContinue) { "py" } else { "python" }
    }
    $pyArgs = if ($Python -eq "py") { @("-3", "-m", "venv", ".venv") } else { @("-m", "venv", ".venv") }
    Invoke-Checked $Python $pyArgs
}
Invoke-Checked $VenvPy @("-m", "pip", "install", "--quiet", "--upgrade", "pip")
Invoke-Checked $VenvPy @("-m", "pip", "install", "--quiet", "-e", ".[server,installer]")

# The translations (the Makefile's `translations` target): .ts sources -> .qm files.
$Lrelease = Join-Path $Root ".venv\Scripts\pyside6-lrelease.exe"
Get-ChildItem "resources\translations\*.ts" | ForEach-Object {
    $qm = [IO.Path]::ChangeExtension($_.FullName, ".qm")
    if (-not (Test-Path $qm) -or (Get-Item $qm).LastWriteTime -lt $_.LastWriteTime) {
        Invoke-Checked $Lrelease @("-silent", $_.FullName, "-qm", $qm)
    }
}

$Version = (& $VenvPy installer\winversion.py).Trim()
if ($LASTEXITCODE -ne 0) { throw "cannot read the package version" }
$Numeric = (& $VenvPy installer\winversion.py --numeric).Trim()

# --- freeze -----------------------------------------------------------------------------
$Dist = Join-Path $Root "dist"
$Work = Join-Path $Root "build\pyinstaller"
$Bundle = Join-Path $Dist "compliance-client"
Write-Host "`n== Freezing compliance-client $Version with PyInstaller"
$timer = [Diagnostics.Stopwatch]::StartNew()
Invoke-Checked $VenvPy @("-m", "PyInstaller", "installer\compliance-client.spec", "--noconfirm",
    "--log-level", "WARN", "--distpath", $Dist, "--workpath", $Work)
$frozenIn = $timer.Elapsed

# --- smoke test -------------------------------------------------------------------------
# Its own empty profile and data folders (platformdirs reads LOCALAPPDATA/APPDATA), so the
# builder's own profiles and Credential Manager entries are never touched.
Write-Host "`n== Smoke-testing the frozen app"
$App = Join-Path $Bundle "compliance-client.exe"      # windowed: no stdout
$Cli = Join-Path $Bundle "compliance-client-cli.exe"  # console twin: --version, demo
$Scratch = Join-Path ([IO.Path]::GetTempPath()) ("cc-smoke-" + [Guid]::NewGuid())
New-Item -ItemType Directory -Path $Scratch | Out-Null
$savedEnv = @{ LOCALAPPDATA = $env:LOCALAPPDATA; APPDATA = $env:APPDATA; QT_QPA_PLATFORM = $env:QT_QPA_PLATFORM }
$server = $null
try {
    $env:LOCALAPPDATA = Join-Path $Scratch "local"
    $env:APPDATA = Join-Path $Scratch "roaming"
    # Offscreen: no window flashes up on the build machine, and it works on a CI agent
    # without an interactive desktop.
    $env:QT_QPA_PLATFORM = "offscreen"

    $reported = (& $Cli --version | Out-String).Trim()
    if ($LASTEXITCODE -ne 0 -or $reported -ne "compliance-client $Version") {
        throw "--version said '$reported' (exit $LASTEXITCODE), expected 'compliance-client $Version'"
    }
    Write-Host "--version: $reported"

    # The windowed executable itself: a crash there would show PyInstaller's error dialog and
    # wait for a click, so it runs with a deadline instead of a plain wait.
    $t = [Diagnostics.Stopwatch]::StartNew()
    $p = Start-Process -FilePath $App -ArgumentList "--smoke" -PassThru
    if (-not $p.WaitForExit(120000)) { $p.Kill(); throw "--smoke did not finish within 120 s" }
    if ($p.ExitCode -ne 0) { throw "--smoke failed with exit code $($p.ExitCode)" }
    Write-Host ("--smoke: exit 0 in {0:N0} ms" -f $t.Elapsed.TotalMilliseconds)

    # The embedded server: FastAPI, SQLAlchemy and the Alembic migrations made it in.
    $log = Join-Path $Scratch "demo.log"
    $server = Start-Process -FilePath $Cli -ArgumentList "demo", "--no-gui" -PassThru `
        -NoNewWindow -RedirectStandardOutput $log -RedirectStandardError "$log.err"
    $url = $null
    foreach ($i in 1..120) {
        if (Test-Path $log) {
            $m = Select-String -Path $log -Pattern "http://127\.0\.0\.1:\d+" | Select-Object -First 1
            if ($m) { $url = $m.Matches[0].Value; break }
        }
        if ($server.HasExited) { break }
        Start-Sleep -Milliseconds 250
    }
    if (-not $url) { Get-Content $log, "$log.err" -ErrorAction SilentlyContinue; throw "demo --no-gui did not start" }
    $health = Invoke-RestMethod -Uri "$url/api/v1/health" -TimeoutSec 10
    if ($health.status -ne "ok") { throw "health check said: $($health | ConvertTo-Json -Compress)" }
    Write-Host "demo --no-gui: $url/api/v1/health -> ok"
}
finally {
    if ($server -and -not $server.HasExited) { $server.Kill() }
    foreach ($k in $savedEnv.Keys) { Set-Item -Path "env:$k" -Value $savedEnv[$k] }
    if (-not $savedEnv.QT_QPA_PLATFORM) { Remove-Item env:QT_QPA_PLATFORM -ErrorAction SilentlyContinue }
    Remove-Item -Recurse -Force $Scratch -ErrorAction SilentlyContinue
}

$size = (Get-ChildItem $Bundle -Recurse -File | Measure-Object -Property Length -Sum).Sum
Write-Host ("`n== Bundle: {0} ({1:N1} MB), frozen in {2:N0} s" -f $Bundle, ($size / 1MB), $frozenIn.TotalSeconds)

# --- setup ------------------------------------------------------------------------------
if ($SkipSetup) { return }
$Iscc = (Get-Command ISCC.exe -ErrorAction SilentlyContinue).Source
if (-not $Iscc) {
    $Iscc = @(
        "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe",
        "$env:ProgramFiles\Inno Setup 6\ISCC.exe",
        "$env:LOCALAPPDATA\Programs\Inno Setup 6\ISCC.exe"   # winget's per-user install
    ) | Where-Object { $_ -and (Test-Path $_) } | Select-Object -First 1
}
if (-not $Iscc) {
    Write-Warning "ISCC.exe (Inno Setup 6.3+) not found: bundle built, setup skipped. Install it with: winget install JRSoftware.InnoSetup"
    return
}
Write-Host "`n== Building the setup with $Iscc"
Invoke-Checked $Iscc @("/Q", "/DAppVersion=$Version", "/DAppVersionNumeric=$Numeric",
    "/DBundleDir=$Bundle", "/DOutputDir=$Dist", (Join-Path $Root "installer\compliance-client.iss"))
Get-Item (Join-Path $Dist "compliance-client-$Version-setup.exe") | Format-Table Name, Length
