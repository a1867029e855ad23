namespace Placements.Domain;

public sealed record CareEnded(DateOnly Date, string ReasonCeased, Episode LastEpisode);
