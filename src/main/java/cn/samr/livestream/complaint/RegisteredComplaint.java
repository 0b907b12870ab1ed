package cn.samr.livestream.complaint;

/** Answer to a successful intake. */
public record RegisteredComplaint(long complaintId, String complaintNo, String processInstanceId) {
}
