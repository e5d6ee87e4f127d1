#!/usr/bin/env bash
# Measures what SchemaGuard.Analyzers adds to `dotnet build` on a generated project with N EF Core migrations and N .sql
# files (default 500 each): packs the analyzer, generates the project twice (with and without the package reference),
# restores both, then times full rebuilds with hyperfine and prints the per-analyzer timing from -p:ReportAnalyzer=true.
# Usage: tests/SchemaGuard.Benchmarks/AnalyzerBuild/run.sh [count] [runs]
set -euo pipefail
root=$(cd "$(dirname "$0")/../../.." && pwd)
count=${1:-500}
runs=${2:-3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
command -v hyperfine >/dev/null || { echo "hyperfine is needed: apt-get install -y hyperfine" >&2; exit 2; }

dotnet pack "$root/src/SchemaGuard.Analyzers" -c Release -o "$work/packages" >/dev/null
version=$(ls "$work/packages" | sed -n 's/^SchemaGuard\.Analyzers\.\([0-9][^n]*\)\.nupkg$/\1/p' | head -1)

generate() { # folder, with-analyzer (1/0)
  local dir=$1 with=$2
  mkdir -p "$dir/Migrations" "$dir/sql"
  cat > "$dir/nuget.config" <<XML
<configuration><packageSources><clear /><add key="local" value="$work/packages" /><add key="nuget.org" value="https://api.nuget.org/v3/index.json" /></packageSources></configuration>
XML
  local ref=""
  [ "$with" = 1 ] && ref="<PackageReference Include=\"SchemaGuard.Analyzers\" Version=\"$version\" PrivateAssets=\"all\" />"
  cat > "$dir/Bench.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup><TargetFramework>net10.0</TargetFramework><Nullable>disable</Nullable><SchemaGuardDialect>postgresql</SchemaGuardDialect>
    <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally><NoWarn>\$(NoWarn);SG1001;SG1002;SG1004;SG2001;SG5001</NoWarn></PropertyGroup>
  <ItemGroup><PackageReference Include="Microsoft.EntityFrameworkCore.Relational" Version="10.0.14" />$ref</ItemGroup>
</Project>
XML
  for i in $(seq 1 "$count"); do
    local id; id=$(printf '2024%010d' "$i")
    cat > "$dir/Migrations/M$i.cs" <<CS
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
namespace Bench.Migrations
{
    [Migration("${id}_M$i")]
    public partial class M$i : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "t$i",
                columns: table => new { id = table.Column<long>(nullable: false), parent_id = table.Column<long>(nullable: true), name = table.Column<string>(nullable: true) },
                constraints: table => { table.PrimaryKey("pk_t$i", x => x.id); });
            migrationBuilder.CreateIndex(name: "ix_t${i}_name", table: "t$i", column: "name");
            migrationBuilder.Sql("UPDATE t$i SET name = 'x' WHERE id = $i;");
        }
        protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable(name: "t$i");
    }
}
CS
    printf 'CREATE TABLE s%d (id bigint PRIMARY KEY, parent_id bigint REFERENCES s1 (id) ON DELETE CASCADE, name text);\nCREATE INDEX ix_s%d_name ON s%d (name);\nDELETE FROM s%d WHERE id = %d;\n' "$i" "$i" "$i" "$i" "$i" > "$dir/sql/V${i}__s$i.sql"
  done
}

generate "$work/with" 1
generate "$work/without" 0
(cd "$work/with" && dotnet restore -v q >/dev/null)
(cd "$work/without" && dotnet restore -v q >/dev/null)
hyperfine --warmup 1 --runs "$runs" \
  -n "without analyzer" "dotnet build $work/without/Bench.csproj --no-restore --no-incremental -v q -nologo" \
  -n "with SchemaGuard.Analyzers" "dotnet build $work/with/Bench.csproj --no-restore --no-incremental -v q -nologo"
dotnet build "$work/with/Bench.csproj" --no-restore --no-incremental -p:ReportAnalyzer=true -v d -nologo 2>/dev/null |
  sed -n '/Total analyzer execution time/,/^ *$/p' | sed -n '1,8p' || true
