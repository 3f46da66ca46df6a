namespace Lotse.Features.Checklists;

/// <summary>A role with the URL of its static page, relative to the page that links to it.</summary>
public sealed record RoleLink(Role Role, string Url);
