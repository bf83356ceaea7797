namespace Nalytiq.Ingestion;

/// <summary>The phases of an upload, as reported by <see cref="IngestProgress"/>.</summary>
public enum IngestStage
{
    /// <summary>Hashing the file content for the fingerprint.</summary>
    Fingerprinting,

    /// <summary>Detecting encoding, delimiter, header and column types.</summary>
    Sniffing,

    /// <summary>Reading rows into columns.</summary>
    Reading,

    /// <summary>Done.</summary>
    Completed,
}
