using System;
using System.Linq;
using FsCheck.Xunit;
using Sitrep.Serialization;

namespace Sitrep.Tests;

/// <summary>Typed ids: <c>default</c> is safe and equals the empty id, equality and order are ordinal on the text.</summary>
public sealed class IdentifierTests
{
    [Fact]
    public void Default_ids_have_the_empty_text_not_null()
    {
        Assert.Equal(string.Empty, default(ActorId).Value);
        Assert.Equal(string.Empty, default(IncidentId).Value);
        Assert.Equal(string.Empty, default(SourceId).Value);
        Assert.Equal(string.Empty, default(StatementId).Value);
        Assert.Equal(string.Empty, default(ActorId).ToString());
    }

    [Fact]
    public void A_default_id_equals_the_empty_id_and_an_id_made_from_null()
    {
        Assert.Equal(new ActorId(string.Empty), default);
        Assert.Equal(new ActorId(null!), default);
        Assert.Equal(new ActorId(string.Empty).GetHashCode(), default(ActorId).GetHashCode());
        Assert.True(default(IncidentId) == new IncidentId(string.Empty));
    }

    [Fact]
    public void Ids_sort_ordinally_by_their_text()
    {
        ActorId[] ids = [new("actor:b"), new("actor:B"), default, new("actor:a"), new("actor:aa")];

        Assert.Equal(["", "actor:B", "actor:a", "actor:aa", "actor:b"], ids.Order().Select(i => i.Value).ToArray());
        Assert.True(new SourceId("a") < new SourceId("b"));
        Assert.True(new SourceId("b") >= new SourceId("b"));
        Assert.False(new StatementId("b") > new StatementId("c"));
    }

    [Property]
    public void Equality_order_and_hash_agree_on_the_text(string? a, string? b)
    {
        var x = new IncidentId(a!);
        var y = new IncidentId(b!);

        Assert.Equal(string.Equals(a ?? string.Empty, b ?? string.Empty, StringComparison.Ordinal), x == y);
        Assert.Equal(x == y, x.CompareTo(y) == 0);
        Assert.True(x != y || x.GetHashCode() == y.GetHashCode());
    }

    [Fact]
    public void A_default_id_writes_as_the_empty_string_in_canonical_json()
    {
        var json = SitrepJson.Serialize(new Dataset { Sources = [new Sitrep.Sources.Source { Id = default, Kind = Sitrep.Sources.SourceKind.NewsOutlet }] });

        Assert.Contains("\"id\": \"\"", json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("actor:isf")]
    [InlineData("acled:Ḩawījah")]
    [InlineData("x")]
    public void Ids_parse_their_text_as_written_through_ISpanParsable(string text)
    {
        Assert.Equal(new ActorId(text), ParseAs<ActorId>(text));
        Assert.Equal(new IncidentId(text), ParseAs<IncidentId>(text));
        Assert.Equal(new SourceId(text), SourceId.Parse(text.AsSpan(), null));
        Assert.True(StatementId.TryParse(text, null, out var statement));
        Assert.Equal(text, statement.Value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("actor: isf")]
    [InlineData("actor:isf\n")]
    [InlineData("actor:\u0000")]
    public void Text_validation_would_refuse_does_not_parse_as_an_id(string escaped)
    {
        var text = System.Text.RegularExpressions.Regex.Unescape(escaped);

        Assert.False(ActorId.TryParse(text, null, out var id));
        Assert.Equal(default, id);
        Assert.False(IncidentId.TryParse(text.AsSpan(), null, out _));
        Assert.False(SourceId.TryParse((string?)null, null, out _));
        var thrown = Assert.Throws<FormatException>(() => StatementId.Parse(text));
        Assert.Contains("statement id", thrown.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', thrown.Message);
    }

    private static T ParseAs<T>(string text)
        where T : ISpanParsable<T> => T.Parse(text.AsSpan(), null);
}
