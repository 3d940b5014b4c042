/// Translint finds the damage machine translation and careless syndication do to text,
/// scores each document and repairs what can be repaired safely.
public enum Translint {
    /// The library version, shown by `translint --version` and written into reports.
    public static let version = "0.1.0"
}
