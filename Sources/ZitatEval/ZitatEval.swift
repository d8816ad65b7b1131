public enum ZitatEval {}
