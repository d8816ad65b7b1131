/// The version of Zitat, the one place it is written (`zitat --version`, CITATION.cff checks it).
public enum ZitatVersion {
    public static let current = "0.1.0"
}
