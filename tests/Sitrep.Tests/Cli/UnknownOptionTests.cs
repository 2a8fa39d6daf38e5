using System;
using System.Threading.Tasks;

namespace Sitrep.Tests.Cli;

/// <summary>A mistyped option is an error naming it, on every command that takes files, never a file of that name.</summary>
public sealed class UnknownOptionTests
{
    [Theory]
    [InlineData("validate", "--frm", "acled", "x.json")]
    [InlineData("convert", "--frm", "x.json", "-o", "y.jsonl")]
    [InlineData("stats", "--formt", "json")]
    [InlineData("format", "--chek")]
    [InlineData("extract", "--publshed", "2026-03-28")]
    public async Task A_mistyped_option_is_reported_by_name_with_exit_2(params string[] args)
    {
        var (exit, stdout, stderr) = await CliTests.Run(args);

        Assert.Equal(2, exit);
        Assert.Contains($"Unknown option '{args[1]}'", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Cannot read the file", stdout, StringComparison.Ordinal);
    }
}
