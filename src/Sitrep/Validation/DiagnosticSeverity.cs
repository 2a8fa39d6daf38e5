using System.Text.Json.Serialization;
using Sitrep.Serialization;

namespace Sitrep.Validation;

/// <summary>How serious a <see cref="Diagnostic"/> is.</summary>
[JsonConverter(typeof(StrictEnumConverter<DiagnosticSeverity>))]
public enum DiagnosticSeverity
{
    /// <summary>Worth knowing; the data is fine.</summary>
    Info,

    /// <summary>Suspicious but kept as it is (real data break their own invariants); a user should look.</summary>
    Warning,

    /// <summary>The data is wrong or could not be read; the file does not validate.</summary>
    Error,
}
