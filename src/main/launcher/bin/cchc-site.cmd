@echo off
rem cchc-site {{project.version}}: runs the tool with the JVM options that suit a run of a few seconds.
rem Made by the Maven build from src/main/launcher/bin/cchc-site.cmd; the option list is pom.xml's
rem launcher.jvm.options, shared with bin/cchc-site (keep the two scripts line for line alike).
rem Environment: JAVA_HOME (else java on PATH); CCHC_JAVA_OPTS, JVM options of your own (after ours);
rem CCHC_NO_CDS=1, no class-data archive; LOCALAPPDATA, where the archive is kept.
setlocal
chcp 65001 >nul
set "CCHC_VERSION={{project.version}}"
set "CCHC_JVM_OPTIONS={{launcher.jvm.options}}"

set "APP_HOME=%~dp0.."

if defined JAVA_HOME (set "JAVA_EXE=%JAVA_HOME%\bin\java.exe") else (set "JAVA_EXE=java.exe")
if defined JAVA_HOME if not exist "%JAVA_EXE%" goto nojava
if not defined JAVA_HOME where java.exe >nul 2>nul || goto nojava

rem Class data sharing: a dynamic archive of the classes a build loads, made by the first build and
rem kept per tool version and Java build (an archive only loads on the JVM build that made it).
set CDS=
set DUMP=
set JV=
if defined CCHC_NO_CDS goto run
if not defined JAVA_HOME goto run
for /f "tokens=2 delims==" %%v in ('findstr /b "JAVA_RUNTIME_VERSION=" "%JAVA_HOME%\release" 2^>nul') do set "JV=%%~v"
set "CACHE=%LOCALAPPDATA%\cchc-site"
set "JSA=%CACHE%\%CCHC_VERSION%-%JV%.jsa"
if not defined JV goto run
if exist "%JSA%" (set CDS="-XX:SharedArchiveFile=%JSA%") else (
  if /i "%~1"=="build" set DUMP=1
  if /i "%~1"=="check" set DUMP=1
  if /i "%~1"=="stats" set DUMP=1
)
if not defined DUMP goto run
if not exist "%CACHE%" mkdir "%CACHE%"
set CDS="-XX:ArchiveClassesAtExit=%JSA%.tmp"

:run
"%JAVA_EXE%" %CCHC_JVM_OPTIONS% %CDS% %CCHC_JAVA_OPTS% -cp "%APP_HOME%\lib\cchc-site.jar" vn.cchc.site.cli.Main %*
set RC=%ERRORLEVEL%
if defined DUMP if exist "%JSA%.tmp" move /y "%JSA%.tmp" "%JSA%" >nul
exit /b %RC%

:nojava
echo Lỗi: không tìm thấy Java. Cài Java 17 trở lên, hoặc đặt biến JAVA_HOME trỏ tới thư mục Java. 1>&2
exit /b 2
