using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using FsCheck.Xunit;
using Sitrep.Serialization;
using Sitrep.Tests.Generators;
using Sitrep.Validation;

namespace Sitrep.Tests.Serialization;

public class SitrepJsonTests
{
    private const string Minimal = """{"sitrep":"1.0","actors":[{"id":"actor:a","name":"A","kind":"state"}]}""";

    [Property(Arbitrary = new[] { typeof(ModelArbitraries) }, MaxTest = 200)]
    public void Any_dataset_round_trips_to_an_equal_dataset(Dataset dataset)
    {
        var bytes = SitrepJson.SerializeToUtf8Bytes(dataset);
        var back = SitrepJson.Read(bytes);

        Assert.True(back.Success, string.Join("\n", back.Diagnostics));
        Assert.Equal(dataset, back.Value);
    }

    [Property(Arbitrary = new[] { typeof(ModelArbitraries) }, MaxTest = 100)]
    public void Writing_is_canonical_so_a_second_write_gives_the_same_bytes(Dataset dataset)
    {
        var first = SitrepJson.SerializeToUtf8Bytes(dataset);
        var second = SitrepJson.SerializeToUtf8Bytes(SitrepJson.Read(first).Value!);

        Assert.Equal(first, second);
    }

    [Fact]
    public void Output_starts_with_the_format_version_and_omits_empty_lists()
    {
        var json = SitrepJson.Serialize(new Dataset { Actors = [new() { Id = new("actor:a"), Name = "A", Kind = Sitrep.Actors.ActorKind.State }] });

        Assert.StartsWith("{\n  \"sitrep\": \"1.0\",", json, StringComparison.Ordinal);
        Assert.DoesNotContain("aliases", json, StringComparison.Ordinal);
        Assert.DoesNotContain("null", json, StringComparison.Ordinal);
        Assert.EndsWith("}\n", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Non_ascii_text_stays_readable()
    {
        var json = SitrepJson.Serialize(new Dataset { Title = "الحشد الشعبي — “PMF”" });

        Assert.Contains("الحشد الشعبي — “PMF”", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stream_reading_matches_span_reading()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(Minimal));

        var result = await SitrepJson.ReadAsync(stream);

        Assert.True(result.Success);
        Assert.Equal(SitrepJson.Parse(Minimal).Value, result.Value);
    }

    [Fact]
    public void A_utf8_byte_order_mark_is_accepted()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes(Minimal)).ToArray();

        Assert.True(SitrepJson.Read(bytes).Success);
    }

    [Theory]
    [InlineData("{\"sitrep\":\"1.0\",", DiagnosticCodes.MalformedJson)]
    [InlineData("", DiagnosticCodes.MalformedJson)]
    [InlineData("{\"sitrep\":\"1.0\"} trailing", DiagnosticCodes.MalformedJson)]
    [InlineData("[1,2]", DiagnosticCodes.InvalidValue)]
    [InlineData("{\"title\":\"x\"}", DiagnosticCodes.UnsupportedFormatVersion)]
    [InlineData("{\"sitrep\":\"2.0\"}", DiagnosticCodes.UnsupportedFormatVersion)]
    [InlineData("{\"sitrep\":1}", DiagnosticCodes.UnsupportedFormatVersion)]
    [InlineData("{\"sitrep\":\"1.0\",\"actors\":null}", DiagnosticCodes.InvalidValue)]
    // An escaped lone surrogate is not a character wherever it stands (a value, the version, a property name): one code.
    [InlineData("{\"sitrep\":\"1.0\",\"title\":\"\\uDE00\"}", DiagnosticCodes.InvalidEncoding)]
    [InlineData("{\"sitrep\":\"1.0\",\"incidents\":[{\"id\":\"i\",\"type\":\"\\uD800\"}]}", DiagnosticCodes.InvalidEncoding)]
    [InlineData("{\"sitrep\":\"\\uD800\"}", DiagnosticCodes.InvalidEncoding)]
    [InlineData("{\"sitrep\":\"1.0\",\"\\ud800\":1}", DiagnosticCodes.InvalidEncoding)]
    [InlineData("{\"sitrep\":\"1.0\",\"actors\":[null]}", DiagnosticCodes.InvalidValue)]
    [InlineData("{\"sitrep\":\"1.0\",\"title\":null}", DiagnosticCodes.InvalidValue)]
    [InlineData("{\"sitrep\":\"1.0\",\"actors\":[{\"id\":\"a\",\"name\":\"A\",\"kind\":\"state\",\"aliases\":[{\"name\":\"x\",\"validFrom\":\"0000-01-01\"}]}]}", DiagnosticCodes.InvalidValue)]
    [InlineData("{\"sitrep\":\"1.0\",\"actors\":[{\"id\":\"a\",\"name\":\"A\",\"kind\":\"state\",\"aliases\":[{\"name\":\"x\",\"validFrom\":\"-0001-01-01\"}]}]}", DiagnosticCodes.InvalidValue)]
    [InlineData("{\"sitrep\":\"1.0\",\"actors\":[{\"id\":\"a\",\"name\":\"A\",\"kind\":1}]}", DiagnosticCodes.InvalidValue)]
    [InlineData("{\"sitrep\":\"1.0\",\"actors\":[{\"id\":\"a\",\"name\":\"A\",\"kind\":\"State\"}]}", DiagnosticCodes.InvalidValue)]
    [InlineData("{\"sitrep\":\"1.0\",\"actors\":[{\"id\":\"a\",\"kind\":\"state\"}]}", DiagnosticCodes.MissingProperty)]
    [InlineData("{\"sitrep\":\"1.0\",\"actors\":[{\"id\":\"a\",\"name\":\"A\",\"kind\":\"state\",\"colour\":\"red\"}]}", DiagnosticCodes.UnknownProperty)]
    [InlineData("{\"sitrep\":\"1.0\",\"title\":\"a\",\"title\":\"b\"}", DiagnosticCodes.DuplicateProperty)]
    [InlineData("{\"sitrep\":\"1.0\",\"incidents\":[{\"id\":\"i\",\"type\":\"strike\",\"time\":\"2026-02-30\"}]}", DiagnosticCodes.InvalidTemporalValue)]
    [InlineData("{\"sitrep\":\"1.0\",\"sources\":[{\"id\":\"s\",\"kind\":\"witness\",\"reliability\":\"G7\"}]}", DiagnosticCodes.InvalidValue)]
    [InlineData("{\"sitrep\":\"1.0\",\"actors\":[{\"id\":\"a\",\"name\":\"A\",\"kind\":\"state\",\"aliases\":[{\"name\":\"x\",\"validFrom\":\"2026-02-29\"}]}]}", DiagnosticCodes.InvalidValue)]
    [InlineData("{\"sitrep\":\"1.0\",\"incidents\":[{\"id\":\"i\",\"type\":\"strike\",\"casualties\":[{\"outcome\":\"killed\",\"victims\":{\"category\":\"civilians\"},\"estimate\":{\"qualifier\":\"exact\",\"best\":\"7\"}}]}]}", DiagnosticCodes.InvalidValue)]
    [InlineData("{\"sitrep\":\"1.0\",\"incidents\":[{\"id\":\"i\",\"type\":\"strike\",\"casualties\":[{\"outcome\":\"killed\",\"victims\":{\"category\":\"civilians\"},\"estimate\":{\"qualifier\":\"exact\",\"best\":1e999}}]}]}", DiagnosticCodes.InvalidValue)]
    public void Bad_documents_give_one_coded_error_and_no_exception(string json, string code)
    {
        var result = SitrepJson.Parse(json);

        Assert.Null(result.ValueOrNull);
        Assert.False(result.Success);
        Assert.False(result.TryGetValue(out _));
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(code, diagnostic.Code);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.False(string.IsNullOrWhiteSpace(diagnostic.Message));
        var thrown = Assert.Throws<DiagnosticException>(() => result.Value);
        Assert.Equal(result.Diagnostics, thrown.Diagnostics);
        Assert.Contains(code, thrown.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"sitrep\":\"1.0\",\"actors\":[{\"id\":\"a\",\"name\":\"A\",\"kind\":\"state\",\"country\":null}]}", "/actors/0/country", 1, 73)]
    [InlineData("{\"sitrep\":\"1.0\",\n\"incidents\":[{\"id\":\"i\",\"type\":\"strike\",\"means\":[\"drone\",null]}]}", "/incidents/0/means/1", 2, 57)]
    public void A_null_is_refused_where_it_stands(string json, string path, long line, long column)
    {
        var diagnostic = Assert.Single(SitrepJson.Parse(json).Diagnostics);

        Assert.Equal((DiagnosticCodes.InvalidValue, path, line, column), (diagnostic.Code, diagnostic.Path, diagnostic.Line, diagnostic.Column));
    }

    [Fact]
    public void The_word_null_inside_a_string_is_text()
    {
        Assert.True(SitrepJson.Parse("{\"sitrep\":\"1.0\",\"title\":\"null and void\"}").Success);
    }

    [Theory]
    [InlineData("{\"sitrep\":\"1.0\",\"actors\":{}}")]
    [InlineData("{\"sitrep\":\"1.0\",\"actors\":[{\"id\":\"a\",\"name\":5,\"kind\":\"state\"}]}")]
    [InlineData("{\"sitrep\":\"1.0\",\"incidents\":[{\"id\":\"i\",\"type\":\"strike\",\"casualties\":\"many\"}]}")]
    public void Messages_name_json_types_not_dotnet_types(string json)
    {
        var diagnostic = Assert.Single(SitrepJson.Parse(json).Diagnostics);

        Assert.DoesNotContain("Sitrep.", diagnostic.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", diagnostic.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("`1", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_escaped_backslash_before_u_is_text_not_a_surrogate_escape()
    {
        var result = SitrepJson.Parse("{\"sitrep\":\"1.0\",\"title\":\"\\\\ud800 and \\ud83d\\ude00\"}");

        Assert.True(result.Success);
        Assert.Equal("\\ud800 and \U0001F600", result.Value!.Title);
    }

    [Fact]
    public void Errors_point_to_the_value_with_a_json_pointer_line_and_column()
    {
        const string json = "{\n  \"sitrep\": \"1.0\",\n  \"incidents\": [\n    {\"id\": \"i\", \"type\": \"strike\"},\n    {\"id\": \"j\", \"type\": \"strike\", \"time\": \"2026-02-30\"}\n  ]\n}";

        var diagnostic = Assert.Single(SitrepJson.Parse(json).Diagnostics);

        Assert.Equal("/incidents/1/time", diagnostic.Path);
        Assert.Equal(5, diagnostic.Line);
        Assert.Equal("2026-02-30", diagnostic.Value);
        Assert.Contains("has no day 30", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Nested_paths_survive_collections_inside_collections()
    {
        const string json = """{"sitrep":"1.0","incidents":[{"id":"i","type":"strike"},{"id":"j","type":"strike","casualties":[{"outcome":"killed","victims":{"category":"civilians"},"estimate":{"qualifier":"exact"}},{"outcome":"killed","victims":{"category":"civilians"},"estimate":{"qualifier":"most"}}]}]}""";

        var diagnostic = Assert.Single(SitrepJson.Parse(json).Diagnostics);

        Assert.Equal("/incidents/1/casualties/1/estimate/qualifier", diagnostic.Path);
        Assert.Equal("most", diagnostic.Value);
    }

    [Fact]
    public void A_null_element_is_reported_at_its_index()
    {
        var diagnostic = Assert.Single(SitrepJson.Parse("{\"sitrep\":\"1.0\",\"actors\":[{\"id\":\"a\",\"name\":\"A\",\"kind\":\"state\"},null]}").Diagnostics);

        Assert.Equal(DiagnosticCodes.InvalidValue, diagnostic.Code);
        Assert.Equal("/actors/1", diagnostic.Path);
    }

    [Fact]
    public void Depth_of_ten_thousand_is_reported_not_overflowed()
    {
        var json = "{\"sitrep\":\"1.0\",\"title\":" + new string('[', 10_000) + new string(']', 10_000) + "}";

        var diagnostic = Assert.Single(SitrepJson.Parse(json).Diagnostics);

        Assert.Equal(DiagnosticCodes.NestingTooDeep, diagnostic.Code);
        Assert.Equal(1, diagnostic.Line);
    }

    [Fact]
    public void Invalid_utf8_is_reported_with_its_byte_offset()
    {
        var bytes = Encoding.UTF8.GetBytes("{\"sitrep\":\"1.0\",\"title\":\"caf").Concat(new byte[] { 0xE9 }).Concat(Encoding.UTF8.GetBytes("\"}")).ToArray();

        var diagnostic = Assert.Single(SitrepJson.Read(bytes).Diagnostics);

        Assert.Equal(DiagnosticCodes.InvalidEncoding, diagnostic.Code);
        Assert.Contains("byte offset 28", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal("0xE9", diagnostic.Value);
    }

    [Fact]
    public void Utf16_input_is_reported_as_an_encoding_error()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Minimal)).ToArray();

        Assert.Equal(DiagnosticCodes.InvalidEncoding, Assert.Single(SitrepJson.Read(bytes).Diagnostics).Code);
    }

    [Fact]
    public async Task Documents_over_the_size_limit_are_refused_before_parsing()
    {
        var options = new SitrepJsonReaderOptions { MaxDocumentBytes = 16 };
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(Minimal));

        var fromStream = await SitrepJson.ReadAsync(stream, options);
        var fromSpan = SitrepJson.Parse(Minimal, options);

        Assert.Equal(DiagnosticCodes.InputTooLarge, Assert.Single(fromStream.Diagnostics).Code);
        Assert.Equal(DiagnosticCodes.InputTooLarge, Assert.Single(fromSpan.Diagnostics).Code);
    }

    [Fact]
    public void The_depth_limit_can_be_lowered()
    {
        var result = SitrepJson.Parse(Minimal, new SitrepJsonReaderOptions { MaxDepth = 2 });

        Assert.Equal(DiagnosticCodes.NestingTooDeep, Assert.Single(result.Diagnostics).Code);
    }

    [Property(MaxTest = 500)]
    public void Arbitrary_bytes_never_throw(byte[] bytes)
    {
        var result = SitrepJson.Read(bytes ?? []);

        Assert.True(result.Success || result.HasErrors, "a result without a value has an error");
    }

    [Property(Arbitrary = new[] { typeof(ModelArbitraries) }, MaxTest = 300)]
    public void Mutated_documents_never_throw(Dataset dataset, int position, byte value, bool truncate)
    {
        var bytes = SitrepJson.SerializeToUtf8Bytes(dataset);
        var at = (int)((uint)position % (uint)bytes.Length);
        var mutated = truncate ? bytes[..at] : bytes.ToArray();
        if (!truncate)
        {
            mutated[at] = value;
        }

        var result = SitrepJson.Read(mutated);

        Assert.True(result.Success || result.HasErrors, "a result without a value has an error");
    }

    [Fact]
    public void The_schema_ships_inside_the_assembly()
    {
        var schema = SitrepJson.GetJsonSchema();

        Assert.Equal(File.ReadAllText(TestPaths.Schema), schema);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \r\n\t ")]
    public void Empty_input_is_said_plainly_not_in_the_json_readers_words(string text)
    {
        var diagnostic = Assert.Single(SitrepJson.Read(Encoding.UTF8.GetBytes(text)).Diagnostics);

        Assert.Equal((DiagnosticCodes.MalformedJson, 1L), (diagnostic.Code, diagnostic.Line!.Value));
        Assert.StartsWith("The input is empty", diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"sitrep\":\"1.0\",")]
    [InlineData("{\"sitrep\":\"1.0\"")]
    [InlineData("{\"sitrep\":\"1.0\",\"incidents\":[")]
    public void Truncated_input_messages_never_carry_the_json_readers_terms(string text)
    {
        var diagnostic = Assert.Single(SitrepJson.Read(Encoding.UTF8.GetBytes(text)).Diagnostics);

        Assert.Equal(DiagnosticCodes.MalformedJson, diagnostic.Code);
        Assert.DoesNotContain("isFinalBlock", diagnostic.Message, StringComparison.Ordinal);
    }
}
