using System;
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Sitrep.Datasets;
using Sitrep.Validation;

namespace Sitrep.Sources;

/// <summary>
/// Reads an API's pages in order until the last, and stops a download that pages in a circle: a server that ignores
/// the page number answers every page alike, and a client that stops on a short page would ask for ever. A full page
/// whose first and last records are those of the page before is refused.
/// </summary>
internal static class Paging
{
    /// <summary>Reads pages from <paramref name="first"/> until one says it is the last.</summary>
    /// <param name="first">The first page asked for.</param>
    /// <param name="read">Reads one page, whole.</param>
    /// <param name="provider">The provider's name, for the message.</param>
    /// <param name="cancellationToken">Cancels the download.</param>
    internal static async IAsyncEnumerable<SourcePage<T>> ReadAsync<T>(int first, Func<int, CancellationToken, Task<SourcePage<T>>> read, string provider, [EnumeratorCancellation] CancellationToken cancellationToken)
        where T : class
    {
        SourcePage<T>? previous = null;
        for (var page = first; ; page++)
        {
            var result = await read(page, cancellationToken).ConfigureAwait(false);
            Check(previous, result, provider);
            previous = result;
            yield return result;
            if (result.IsLast)
            {
                yield break;
            }
        }
    }

    private static void Check<T>(SourcePage<T>? previous, SourcePage<T> current, string provider)
        where T : class
    {
        if (previous is null || current.Rows.Count == 0 || previous.Rows.Count != current.Rows.Count
            || !Same(previous.Rows[0], current.Rows[0]) || !Same(previous.Rows[^1], current.Rows[^1]))
        {
            return;
        }

        throw new SourceException(new Diagnostic(
            SourceDiagnosticCodes.UnexpectedResponse,
            DiagnosticSeverity.Error,
            string.Create(CultureInfo.InvariantCulture, $"{provider}: page {current.Page} holds the same records as page {previous.Page}; the server does not page as documented, so the download stops rather than loop."))
        {
            Path = current.Address.ToString(),
        });
    }

    private static bool Same<T>(DatasetRow<T> a, DatasetRow<T> b)
        where T : class =>
        Equals(a.ValueOrNull, b.ValueOrNull) && a.Diagnostics.Equals(b.Diagnostics);
}
