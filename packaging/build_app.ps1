# Build the Windows one-folder app into dist\photodedup\ and smoke-test it (PowerShell 5+).
#   powershell -ExecutionPolicy Bypass -File packaging\build_app.ps1
#   $env:CLEAN = "1"; powershell -File packaging\build_app.ps1        # from scratch
#   $env:SKIP_SMOKE = "1"; ...
#   $env:PHOTODEDUP_OPENCV = "pypi"; ...   # the PyPI OpenCV wheel instead of the minimal build
# The Windows counterpart of build_app.sh (not run on the Linux CI machine): a virtualenv
# build\venv (override with PHOTODEDUP_BUILD_VENV) with photodedup's runtime dependencies
# and PyInstaller; the folder gets photodedup-gui.exe (windowed) and photodedup.exe (console).
# OpenCV is the minimal wheel of packaging\opencv_minimal.py, as on Linux and macOS: built
# from the opencv-python-headless sdist on first use (needs CMake and the Visual Studio C++
# Build Tools; kept in build\opencv\; OPENCV_JOBS: parallel compile jobs).
$ErrorActionPreference = "Stop"
Set-Location (Split-Path -Parent $PSScriptRoot)
$Python = if ($env:PYTHON) { $env:PYTHON } else { "py" }
$Venv = if ($env:PHOTODEDUP_BUILD_VENV) { $env:PHOTODEDUP_BUILD_VENV } else { "build\venv" }
$VenvPython = Join-Path $Venv "Scripts\python.exe"

function Invoke-Checked {
    param([string]$Exe, [string[]]$Arguments)
    & $Exe @Arguments
    if ($LASTEXITCODE -ne 0) { throw "failed ($LASTEXITCODE): $Exe $Arguments" }
}

if (-not (Test-Path $VenvPython)) { Invoke-Checked $Python @("-m", "venv", $Venv) }
$OpenCV = if ($env:PHOTODEDUP_OPENCV) { $env:PHOTODEDUP_OPENCV } else { "minimal" }
if ($OpenCV -eq "minimal") {
    # Installed before photodedup's dependencies, which it then satisfies (same name and version).
    $Jobs = if ($env:OPENCV_JOBS) { $env:OPENCV_JOBS } else { $env:NUMBER_OF_PROCESSORS }
    $Wheel = & $VenvPython packaging\opencv_minimal.py --build-dir build\opencv --jobs $Jobs
    if ($LASTEXITCODE -ne 0) { throw "the minimal OpenCV wheel was not built" }
    Invoke-Checked $VenvPython @("-m", "pip", "install", "-q", "--disable-pip-version-check",
        "--no-deps", "--force-reinstall", "$Wheel")
} elseif ($OpenCV -eq "pypi") {
    # Replaced by the PyPI wheel with photodedup's dependencies below.
    & $VenvPython -m pip uninstall -q -y opencv-python-headless
} else {
    throw "PHOTODEDUP_OPENCV must be 'minimal' or 'pypi', not '$OpenCV'"
}
# pywin32 comes with photodedup's dependencies (a sys_platform == "win32" marker): the
# Recycle Bin is reached through it, and the core refuses to trash without it.
Invoke-Checked $VenvPython @("-m", "pip", "install", "-q", "--disable-pip-version-check", ".[packaging]")
# Everything photodedup calls in cv2 is there and works (and it is the minimal build).
$CheckArgs = @("packaging\check_cv2.py")
if ($OpenCV -eq "minimal") { $CheckArgs += "--minimal" }
Invoke-Checked $VenvPython $CheckArgs

# Generated assets must be current before they are bundled.
$env:QT_QPA_PLATFORM = "offscreen"
Invoke-Checked $VenvPython @("packaging\make_icons.py")
Remove-Item Env:\QT_QPA_PLATFORM
Invoke-Checked $VenvPython @("packaging\make_metadata.py", "--check")

$PyiArgs = @("-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
    "--workpath", "build\pyinstaller", "--distpath", "dist")
if ($env:CLEAN) { $PyiArgs += "--clean" }
Invoke-Checked $VenvPython ($PyiArgs + @("packaging\pyinstaller\photodedup.spec"))

$Dist = "dist\photodedup"
foreach ($exe in @("photodedup.exe", "photodedup-gui.exe")) {
    if (-not (Test-Path (Join-Path $Dist $exe))) { throw "missing in the bundle: $exe" }
}
$Size = (Get-ChildItem $Dist -Recurse -File | Measure-Object -Property Length -Sum).Sum
Write-Output ("built: $Dist ({0:N0} MiB)" -f ($Size / 1MB))
# Package data must be in the bundle where importlib.resources finds it.
$Data = @(Get-ChildItem "photodedup\gui\icons\*.png", "photodedup\gui\icons\*.svg",
    "photodedup\gui\translations\*.qm")
foreach ($file in $Data) {
    $relative = Resolve-Path -Relative $file.FullName
    if (-not (Test-Path (Join-Path "$Dist\_internal" $relative))) {
        throw "missing in the bundle: $relative"
    }
}
# pywin32 must be in the bundle (hidden imports: packaging\pyinstaller\platform_imports.py;
# its DLLs come from PyInstaller's pythoncom/pywintypes hooks), else every trash fails.
foreach ($pattern in @("pythoncom3*.dll", "pywintypes3*.dll", "shell.pyd", "win32security.pyd")) {
    if (-not (Get-ChildItem "$Dist\_internal" -Recurse -File -Filter $pattern)) {
        throw "missing in the bundle: $pattern (pywin32)"
    }
}
# The grouping's C extension (without it the app would fall back to slower numpy loops).
if (-not (Test-Path "$Dist\_internal\photodedup\core\group\_kernels*.pyd")) {
    throw "missing in the bundle: the C extension photodedup.core.group._kernels"
}
if (-not $env:SKIP_SMOKE) {
    # The console executable: the smoke test reads its output (the windowed one has none).
    Invoke-Checked $VenvPython @("packaging\smoke_test.py", "$Dist\photodedup.exe")
}
