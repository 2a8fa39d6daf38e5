using Sitrep.Datasets.Gdelt;
using Sitrep.Validation;

namespace Sitrep.Sources.Gdelt;

/// <summary>What became of one GDELT bulk file's download.</summary>
/// <param name="File">The file, as the list gives it.</param>
/// <param name="Status">How the download ended.</param>
/// <param name="Path">Where the verified file was written, or <see langword="null"/> when nothing was kept.</param>
/// <param name="Diagnostics">Why the file is absent or corrupt (<c>SR0507</c>, <c>SR0229</c>), empty when verified.</param>
public sealed record GdeltDownload(GdeltFile File, GdeltDownloadStatus Status, string? Path, ValueArray<Diagnostic> Diagnostics);
