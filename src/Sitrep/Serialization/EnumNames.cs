using System;
using System.Text.Json;

namespace Sitrep.Serialization;

/// <summary>The canonical (camelCase) names of an enum's members, computed once per enum type.</summary>
/// <typeparam name="TEnum">The enum type.</typeparam>
internal static class EnumNames<TEnum>
    where TEnum : struct, Enum
{
    internal static readonly TEnum[] Values = Enum.GetValues<TEnum>();

    internal static readonly string[] Names = Array.ConvertAll(Values, v => Naming.CamelCase(Enum.GetName(v)!));

    internal static readonly JsonEncodedText[] Encoded = Array.ConvertAll(Names, n => JsonEncodedText.Encode(n));

    internal static string NameOf(TEnum value)
    {
        var index = Array.IndexOf(Values, value);
        return index >= 0 ? Names[index] : value.ToString();
    }

    internal static int IndexOf(TEnum value) => Array.IndexOf(Values, value);

    // The names as canonical JSON spells them, exactly (case matters, as it does in JSON).
    internal static bool TryParse(string? name, out TEnum value)
    {
        var index = name is null ? -1 : Array.IndexOf(Names, name);
        value = index >= 0 ? Values[index] : default;
        return index >= 0;
    }
}
