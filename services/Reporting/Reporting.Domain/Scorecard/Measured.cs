namespace Reporting.Domain.Scorecard;

/// <summary>A figure as the service that owns it measured it: raw counts, before any suppression.</summary>
public abstract record Measured;

/// <summary>A number of children (or of events concerning them).</summary>
public sealed record Count(int Value) : Measured;

/// <summary>So many children out of so many.</summary>
public sealed record Share(int Numerator, int Denominator) : Measured;

/// <summary>An average over so many children (the SDQ score); no value when there is no one to average.</summary>
public sealed record Average(decimal? Value, int Children) : Measured;

/// <summary>Children per 10,000 of the authority's child population, with the count it comes from.</summary>
public sealed record PerTenThousand(int Value, int Children) : Measured;

/// <summary>Money spent out of a grant given for so many children (Pupil Premium Plus).</summary>
public sealed record Spent(long SpentPence, long GrantPence, int Children) : Measured;
