#!/usr/bin/env bash
# Installs the packed libraries into a new console app, as a user would, and runs the README's examples there:
# blocks 1, 3 and 4 (the model and JSON, a report, dates; block 2 needs a UCDP file) must print what the README says.
# Usage: eng/fresh-app-check.sh [VERSION]; run from the repository root after a Release build.
set -euo pipefail
version=${1:-$(sed -n 's:.*<Version>\(.*\)</Version>.*:\1:p' Directory.Build.props)}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

for project in Sitrep Sitrep.Datasets Sitrep.Text Sitrep.Parquet Sitrep.Sources; do
  dotnet pack "src/$project" -c Release --no-build -o "$work/feed" >/dev/null
done

# The README's C# blocks 1, 3 and 4 as one program (using directives first), and their printed output.
awk -v code="$work/body.cs" -v usings="$work/usings.cs" -v out="$work/expected.txt" '
  /^```csharp$/ { block++; incode = (block == 1 || block == 3 || block == 4); next }
  incode && /^```$/ { incode = 0; next }
  incode && /^using [A-Za-z.]+;$/ { print > usings; next }
  incode { print > code; next }
  /^prints:$/ { wanted = (block == 1 || block == 3 || block == 4); next }
  wanted && /^```text$/ { inout = 1; next }
  inout && /^```$/ { inout = 0; wanted = 0; next }
  inout { print > out }
' README.md

mkdir "$work/app"
cd "$work/app"
cat > app.csproj <<PROJECT
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net8.0</TargetFramework>
    <ImplicitUsings>enable</ImplicitUsings>
    <Nullable>enable</Nullable>
    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
    <!-- A packages folder of its own: a cached Sitrep package of the same version from an earlier run is never used. -->
    <RestorePackagesPath>$work/packages</RestorePackagesPath>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Sitrep.Datasets" Version="$version" />
    <PackageReference Include="Sitrep.Text" Version="$version" />
    <!-- Not used by the README blocks: restoring it checks the package and its exact sibling pins. -->
    <PackageReference Include="Sitrep.Parquet" Version="$version" />
    <PackageReference Include="Sitrep.Sources" Version="$version" />
  </ItemGroup>
</Project>
PROJECT
cat > nuget.config <<CONFIG
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="local" value="$work/feed" />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
  </packageSources>
</configuration>
CONFIG
sort -u "$work/usings.cs" > Program.cs
cat "$work/body.cs" >> Program.cs

# net8.0 on purpose: the oldest target the libraries support; the .NET 10 SDK builds it, and rolls it forward to run.
dotnet build -c Release -v q --nologo >"$work/build.log" 2>&1 || { cat "$work/build.log" >&2; echo "fresh app: the README examples do not build against the packages." >&2; exit 1; }
DOTNET_ROLL_FORWARD=Major dotnet bin/Release/net8.0/app.dll > "$work/actual.txt"
if ! diff -u "$work/expected.txt" "$work/actual.txt" >&2; then
  echo "fresh app: the README examples, run against the packages, print something else than the README says." >&2
  exit 1
fi
echo "fresh app: Sitrep, Sitrep.Datasets, Sitrep.Text, Sitrep.Parquet and Sitrep.Sources $version install from their packages and print what the README says."
