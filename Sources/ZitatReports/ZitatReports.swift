public enum ZitatReports {}
