namespace Health.Domain;

public sealed record SdqBandCounts(int Normal, int Borderline, int Concern);
