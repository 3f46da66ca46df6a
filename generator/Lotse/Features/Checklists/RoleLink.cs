namespace Lotse.Features.Checklists;

/// <summary>A role with the URL of its static page, relative to the page that links to it.</summary>
internal sealed record RoleLink(Role Role, string Url);
