using Nalytiq.Localization;

namespace Nalytiq.Ingestion.Json;

/// <summary>
/// What the reader accepted beyond strict JSON or had to replace, with where: one warning per kind, or, with
/// <see cref="UploadOptions.Strict"/>, an error at the first place.
/// </summary>
internal sealed class JsonRepairLog(string path, bool strict)
{
    private byte[] _text = [];
    private JsonPositions _positions = new([]);

    public JsonPlaces Comments { get; } = new();

    public JsonPlaces TrailingCommas { get; } = new();

    public JsonPlaces RepeatedKeys { get; } = new();

    public JsonPlaces LoneSurrogates { get; } = new();

    public JsonPlaces InvalidUtf8 { get; } = new();

    public string Path => path;

    /// <summary>The UTF-8 text the offsets point into.</summary>
    public byte[] Text
    {
        get => _text;
        set => (_text, _positions) = (value, new JsonPositions(value));
    }

    public JsonPositions Positions => _positions;

    public void Comment(int offset) => Add(Comments, offset, "Json_CommentStrict");

    public void TrailingComma(int offset) => Add(TrailingCommas, offset, "Json_TrailingCommaStrict");

    public void LoneSurrogate(int offset) => Add(LoneSurrogates, offset, "Json_LoneSurrogateStrict");

    public void InvalidByte(int offset) => Add(InvalidUtf8, offset, "Json_InvalidUtf8Strict");

    public void RepeatedKey(int offset, string key)
    {
        if (strict)
        {
            throw Error(offset, "Json_RepeatedKeyStrict", key);
        }

        RepeatedKeys.Add(offset);
    }

    public void OversizedNumber(JsonPlaces places, int offset)
    {
        if (strict)
        {
            throw Error(offset, "Json_NumberTooLargeStrict");
        }

        places.Add(offset);
    }

    public IngestException Error(int offset, string key, params object?[] first)
    {
        var (line, position) = _positions.Locate(offset);
        return new IngestException(new LocalizedText(key, [.. first, line, position]), path, line, position);
    }

    /// <summary>One warning per kind of repair that happened.</summary>
    public void AddWarnings(List<LocalizedText> warnings)
    {
        AddWarning(warnings, InvalidUtf8, "Json_InvalidUtf8");
        AddWarning(warnings, LoneSurrogates, "Json_LoneSurrogates");
        AddWarning(warnings, Comments, "Json_Comments");
        AddWarning(warnings, TrailingCommas, "Json_TrailingCommas");
        AddWarning(warnings, RepeatedKeys, "Json_RepeatedKeys");
    }

    private void AddWarning(List<LocalizedText> warnings, JsonPlaces places, string key)
    {
        if (places.Count > 0)
        {
            warnings.Add(new LocalizedText(key, places.Count, _positions.Format(places)));
        }
    }

    private void Add(JsonPlaces places, int offset, string strictKey)
    {
        if (strict)
        {
            throw Error(offset, strictKey);
        }

        places.Add(offset);
    }
}
