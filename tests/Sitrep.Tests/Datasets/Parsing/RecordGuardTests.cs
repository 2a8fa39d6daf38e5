using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Sitrep.Datasets.Parsing;

namespace Sitrep.Tests.Datasets.Parsing;

public class RecordGuardTests
{
    /// <summary>
    /// Any well-formed CSV passes unchanged, multi-line quoted fields included, as long as no line inside a field is
    /// itself a clean row of the header's width (the one shape a runaway quote is recognised by).
    /// </summary>
    [Property(MaxTest = 300)]
    public Property Well_formed_csv_passes_through_unchanged_whatever_the_read_size() =>
        Prop.ForAll(Files().ToArbitrary(), file =>
        {
            var (text, width) = file;
            foreach (var size in new[] { 1, 7, 4096 })
            {
                var (output, guard) = Run(text, maxRecordLength: 1 << 20, readSize: size);
                Assert.Equal(text, output);
                for (var line = 1; line <= text.Length + 1; line++)
                {
                    Assert.False(guard.TryTake(line, out _));
                }
            }
        });

    private static Gen<(string Text, int Width)> Files() =>
        from width in Gen.Choose(2, 8)
        from rows in Gen.Choose(1, 6)
        from fields in Gen.ArrayOf(Field(width), width * rows)
        from crlf in ArbMap.Default.GeneratorFor<bool>()
        let newline = crlf ? "\r\n" : "\n"
        let text = string.Concat(Enumerable.Range(0, rows).Select(r => string.Join(",", fields.Skip(r * width).Take(width).Select(Quote)) + newline))
        where !HasLineInsideAFieldThatIsARow(text, width)
        select (text, width);

    /// <summary>Whether a line that starts inside a quoted field (as the strict reading has it) is itself a clean row of the width.</summary>
    private static bool HasLineInsideAFieldThatIsARow(string text, int width)
    {
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] is not ('\n' or '\r'))
            {
                continue;
            }

            var startsQuoted = LineStartsQuoted(text, start);
            if (startsQuoted && LenientCsv.IsCleanRecord(text.AsSpan(start, i - start), ',', width))
            {
                return true;
            }

            start = i + 1;
        }

        return false;
    }

    private static bool LineStartsQuoted(string text, int start) => text.AsSpan(0, start).Count('"') % 2 == 1;

    private static Gen<string> Field(int width) =>
        Gen.ArrayOf(Gen.Elements('a', 'b', ',', '"', '\n', '\r', ' ', 'é'))
            .Select(chars => new string(chars))
            .Where(f => f.Split('\n', '\r').All(line => line.Count(c => c == ',') < width - 1));

    [Fact]
    public void A_row_over_the_limit_becomes_an_empty_line_and_the_rows_after_it_pass()
    {
        var text = "a,b\n1," + new string('x', 5000) + "\n2,3\n";

        var (output, guard) = Run(text, maxRecordLength: 1000);

        Assert.Equal("a,b\n\n2,3\n", output);
        Assert.True(guard.TryTake(2, out var e));
        Assert.Equal(GuardEventKind.TooLong, e.Kind);
        Assert.Equal((2L, 1), (e.FileLine, e.FileLines));
        Assert.Equal(5002, e.Length);
    }

    [Fact]
    public void A_long_quoted_field_over_many_lines_is_one_event_that_shifts_the_lines_after_it()
    {
        var text = "a,b\n1,\"" + string.Concat(Enumerable.Repeat("no separators here\n", 200)) + "\"\n2,3\n";

        var (output, guard) = Run(text, maxRecordLength: 1000);

        Assert.Equal("a,b\n\n2,3\n", output);
        Assert.True(guard.TryTake(2, out var e));
        Assert.Equal((2L, 201), (e.FileLine, e.FileLines));
    }

    [Fact]
    public void A_runaway_quote_is_repaired_and_the_following_rows_are_read_on_their_own()
    {
        var text = "a,b,c\n1,5\" mortar,x\n2,y,z\n3,\"q, r\",w\n";

        var (output, guard) = Run(text, maxRecordLength: 1 << 20);

        Assert.Equal("a,b,c\n1,\"5\"\" mortar\",x\n2,y,z\n3,\"q, r\",w\n", output);
        Assert.True(guard.TryTake(2, out var e));
        Assert.Equal(GuardEventKind.QuoteRepaired, e.Kind);
        Assert.Equal(1, e.Field);
        Assert.Equal("5\" mortar", e.Excerpt);
    }

    [Fact]
    public void A_runaway_line_that_cannot_be_repaired_becomes_an_empty_line()
    {
        var text = "a,b,c\n1,\"2 x\n2,y,z\n3,v,w\n";

        var (output, guard) = Run(text, maxRecordLength: 1 << 20);

        Assert.Equal("a,b,c\n\n2,y,z\n3,v,w\n", output);
        Assert.True(guard.TryTake(2, out var e));
        Assert.Equal(GuardEventKind.QuoteRejected, e.Kind);
    }

    [Fact]
    public void A_legitimate_multi_line_field_is_kept_whole()
    {
        var text = "a,b,c\n1,\"line one\nline two, with a comma\n\",x\n2,y,z\n";

        var (output, guard) = Run(text, maxRecordLength: 1 << 20);

        Assert.Equal(text, output);
        Assert.False(guard.TryTake(2, out _));
    }

    [Fact]
    public void A_lone_carriage_return_ends_a_line()
    {
        var text = "a,b\r1," + new string('x', 2000) + "\r2,3\r";

        var (output, guard) = Run(text, maxRecordLength: 1000);

        Assert.Equal("a,b\r\r2,3\r", output);
        Assert.True(guard.TryTake(2, out _));
    }

    [Fact]
    public void The_last_line_without_a_break_is_known()
    {
        var (_, guard) = Run("a,b\n1,2\n3,4", maxRecordLength: 100);

        Assert.Equal(3, guard.UnterminatedLastLine);
    }

    [Fact]
    public void Memory_stays_within_the_limit_for_a_quote_that_never_closes()
    {
        var text = "a,b\n1,\"" + new string('x', 20_000_000) + "\n";

        var before = GC.GetAllocatedBytesForCurrentThread();
        var (output, guard) = Run(text, maxRecordLength: 1 << 20, keepOutput: false);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.True(guard.TryTake(2, out var e));
        Assert.Equal(GuardEventKind.TooLong, e.Kind);
        Assert.True(allocated < 16_000_000, $"allocated {allocated} bytes");
        Assert.Empty(output);
    }

    private static string Quote(string field) =>
        field.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;

    private static (string Output, RecordGuard Guard) Run(string text, int maxRecordLength, int readSize = 4096, bool keepOutput = true)
    {
        var guard = new RecordGuard(new StringReader(text), ',', quotes: true, maxRecordLength);
        var output = new StringBuilder();
        var buffer = new char[readSize];
        int n;
        while ((n = guard.Read(buffer, 0, buffer.Length)) > 0)
        {
            if (keepOutput)
            {
                output.Append(buffer, 0, n);
            }
        }

        return (output.ToString(), guard);
    }
}
