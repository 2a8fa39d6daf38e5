using System;
using System.Text.Json;

namespace Sitrep.Serialization;

/// <summary>Names the canonical format uses for enum members: camelCase, as for properties.</summary>
internal static class Naming
{
    internal static string EnumName<TEnum>(TEnum value)
        where TEnum : struct, Enum
        => EnumNames<TEnum>.NameOf(value);

    internal static string CamelCase(string name) => JsonNamingPolicy.CamelCase.ConvertName(name);
}
