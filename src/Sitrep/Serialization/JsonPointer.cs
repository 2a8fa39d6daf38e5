using System;
using System.Text;

namespace Sitrep.Serialization;

/// <summary>Turns System.Text.Json paths (<c>$.incidents[3]['a.b']</c>) into JSON Pointers (<c>/incidents/3/a.b</c>).</summary>
internal static class JsonPointer
{
    internal static string FromJsonPath(string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "$")
        {
            return string.Empty;
        }

        var builder = new StringBuilder(path.Length + 4);
        var i = path[0] == '$' ? 1 : 0;
        while (i < path.Length)
        {
            var c = path[i];
            if (c == '.')
            {
                var end = i + 1;
                while (end < path.Length && path[end] != '.' && path[end] != '[')
                {
                    end++;
                }

                AppendSegment(builder, path.AsSpan(i + 1, end - i - 1));
                i = end;
            }
            else if (c == '[')
            {
                if (i + 1 < path.Length && path[i + 1] == '\'')
                {
                    var close = path.IndexOf("']", i + 2, StringComparison.Ordinal);
                    if (close < 0)
                    {
                        AppendSegment(builder, path.AsSpan(i + 2));
                        break;
                    }

                    AppendSegment(builder, path.AsSpan(i + 2, close - i - 2));
                    i = close + 2;
                }
                else
                {
                    var close = path.IndexOf(']', i + 1);
                    if (close < 0)
                    {
                        AppendSegment(builder, path.AsSpan(i + 1));
                        break;
                    }

                    AppendSegment(builder, path.AsSpan(i + 1, close - i - 1));
                    i = close + 1;
                }
            }
            else
            {
                i++;
            }
        }

        return builder.ToString();
    }

    internal static void AppendSegment(StringBuilder builder, ReadOnlySpan<char> segment)
    {
        builder.Append('/');
        foreach (var c in segment)
        {
            switch (c)
            {
                case '~': builder.Append("~0"); break;
                case '/': builder.Append("~1"); break;
                default: builder.Append(c); break;
            }
        }
    }
}
