namespace NkHandouts.Word.Styles;

/// <summary>Numbering ids of the default numbering part: List Bullet and List Number are bound to these.</summary>
internal static class ListIds
{
    public const int BulletAbstract = 1;
    public const int NumberAbstract = 2;
    public const int BulletNum = 1;
    public const int NumberNum = 2;
}
