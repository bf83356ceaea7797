namespace Nalytiq.Training;

/// <summary>How a column becomes features.</summary>
public enum FeatureKind
{
    /// <summary>A number; missing values replaced by the training mean, plus a missing indicator when any is missing.</summary>
    Numeric,

    /// <summary>A boolean used as 0/1, handled like a number when values are missing.</summary>
    Boolean,

    /// <summary>A text with few distinct values, one-hot encoded.</summary>
    Categorical,

    /// <summary>A text with many distinct values, hashed into a fixed number of slots and one-hot encoded.</summary>
    HashedCategorical,

    /// <summary>Free text, turned into word and character n-gram features.</summary>
    Text,

    /// <summary>A date, split into year, month, weekday and hour.</summary>
    Date,
}
