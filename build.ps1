#!/usr/bin/env pwsh
# Tasks for the Landau integration site. On Linux: dotnet tool restore; dotnet pwsh ./build.ps1 -Task Test
[CmdletBinding()]
param(
    [ValidateSet('Build', 'Serve', 'Test', 'Clean')]
    [string] $Task = 'Build',
    # Passed on to 'landau-site build' (e.g. -BaseUrl https://staging.example.org/).
    [string] $BaseUrl,
    [switch] $Drafts
)

$ErrorActionPreference = 'Stop'
Set-Location -Path $PSScriptRoot

function Invoke-Native([string] $Command, [string[]] $Arguments) {
    & $Command @Arguments
    if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
}

switch ($Task) {
    'Build' {
        $arguments = @('run', '--project', 'src/Landau.Site.Cli', '-c', 'Release', '--', 'build')
        if ($BaseUrl) { $arguments += @('--base-url', $BaseUrl) }
        if ($Drafts) { $arguments += '--drafts' }
        Invoke-Native 'dotnet' $arguments
    }
    'Test' {
        Invoke-Native 'dotnet' @('test')
    }
    'Serve' {
        Write-Host 'The preview server (landau-site serve) is not built yet: it comes with the editors'' workflow issue.'
        Write-Host 'Meanwhile: build, then open public/index.html in a browser.'
        exit 2
    }
    'Clean' {
        foreach ($path in @('public', 'artifacts') + (Get-ChildItem -Path src, tests -Directory -Recurse -Include bin, obj).FullName) {
            if ($path -and (Test-Path $path)) { Remove-Item -Recurse -Force $path }
        }
        Write-Host 'Removed public/, artifacts/ and every bin/ and obj/.'
    }
}
