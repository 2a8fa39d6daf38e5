using System.Collections.Generic;
using System.Threading.Tasks;
using Sitrep.Datasets;

namespace Sitrep.Sources;

/// <summary>The rows of a download's pages, one after another.</summary>
internal static class PageRows
{
    internal static async IAsyncEnumerable<DatasetRow<T>> Of<T>(IAsyncEnumerable<SourcePage<T>> pages)
        where T : class
    {
        await foreach (var page in pages.ConfigureAwait(false))
        {
            foreach (var row in page.Rows)
            {
                yield return row;
            }
        }
    }
}
