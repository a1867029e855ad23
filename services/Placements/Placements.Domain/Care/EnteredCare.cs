namespace Placements.Domain;

public sealed record EnteredCare(DateOnly Date, Episode FirstEpisode);
