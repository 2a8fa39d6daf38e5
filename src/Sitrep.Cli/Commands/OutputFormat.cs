namespace Sitrep.Cli.Commands;

/// <summary>How a command prints its results.</summary>
internal enum OutputFormat
{
    /// <summary>Lines for people: <c>FILE:PATH: severity CODE: message</c>.</summary>
    Text,

    /// <summary>One JSON document for programs.</summary>
    Json,
}
