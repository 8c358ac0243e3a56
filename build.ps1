#!/usr/bin/env pwsh
# Tasks for the Landau integration site. On Linux: dotnet tool restore; dotnet pwsh ./build.ps1 -Task Test
[CmdletBinding()]
param(
    [ValidateSet('Build', 'Serve', 'Test', 'Pack', 'Clean')]
    [string] $Task = 'Build',
    # Passed on to 'landau-site build' (e.g. -BaseUrl https://staging.example.org/).
    [string] $BaseUrl,
    [switch] $Drafts,
    # The preview server's port (-Task Serve).
    [int] $Port = 1313
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
        # The live preview at http://127.0.0.1:1313/ (-Port to change it); stop with Ctrl+C.
        $arguments = @('run', '--project', 'src/Landau.Site.Cli', '-c', 'Release', '--', 'serve', '--port', $Port)
        if ($Drafts) { $arguments += '--drafts' }
        Invoke-Native 'dotnet' $arguments
    }
    'Pack' {
        # What the city's IT installs, into artifacts/: the .NET tool package, and a self-contained
        # single-file binary per platform (no .NET needed on the machine that runs it).
        Invoke-Native 'dotnet' @('pack', 'src/Landau.Site.Cli', '-c', 'Release', '-o', 'artifacts')
        foreach ($rid in @('linux-x64', 'win-x64')) {
            $folder = Join-Path 'artifacts' "landau-site-$rid"
            Invoke-Native 'dotnet' @('publish', 'src/Landau.Site.Cli', '-c', 'Release', '-r', $rid, '--self-contained',
                '-p:PublishSingleFile=true', '-p:DebugType=none', '-o', $folder)
            # Only the program itself: the library's XML documentation is for developers.
            Get-ChildItem -Path $folder -File | Where-Object { $_.Name -notin @('landau-site', 'landau-site.exe') } | Remove-Item
        }
        Write-Host 'Packed into artifacts/: the .NET tool (landau-site.*.nupkg) and landau-site-linux-x64/, landau-site-win-x64/.'
    }
    'Clean' {
        foreach ($path in @('public', 'artifacts') + (Get-ChildItem -Path src, tests -Directory -Recurse -Include bin, obj).FullName) {
            if ($path -and (Test-Path $path)) { Remove-Item -Recurse -Force $path }
        }
        Write-Host 'Removed public/, artifacts/ and every bin/ and obj/.'
    }
}
