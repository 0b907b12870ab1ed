package cn.samr.livestream.complaint;

import cn.samr.livestream.audit.RecordEvent;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface ComplaintMapper {

  int insert(Complaint complaint);

  Optional<Complaint> findById(@Param("id") long id);

  Optional<Complaint> findByNo(@Param("complaintNo") String complaintNo);

  Optional<Complaint> findByExternalNo(@Param("source") ComplaintSource source, @Param("externalNo") String externalNo);

  /** Complaints naming the subject in any role, oldest first (the subject's history). */
  List<Complaint> findBySubject(@Param("subjectId") long subjectId);

  int updateProcessInstanceId(@Param("id") long id, @Param("processInstanceId") String processInstanceId);

  /** Writes the workflow columns (routing, deadlines, status, outcome, closing). */
  int updateWorkflowState(Complaint complaint);

  /** The complaint, its row locked to the end of the transaction: one excluded period at a time per complaint. */
  Optional<Complaint> lockById(@Param("id") long id);

  int insertExcludedPeriod(MediationExcludedPeriod period);

  List<MediationExcludedPeriod> findExcludedPeriods(@Param("complaintId") long complaintId);

  int insertComplainant(Complainant complainant);

  Optional<Complainant> findComplainant(@Param("complaintId") long complaintId);

  int insertSubject(@Param("complaintId") long complaintId, @Param("role") PartyRole role,
      @Param("subjectId") long subjectId);

  List<ComplaintSubject> findSubjects(@Param("complaintId") long complaintId);

  int insertEvent(RecordEvent event);

  List<RecordEvent> findEvents(@Param("complaintId") long complaintId);

  int insertFinding(ComplaintFinding finding);

  Optional<ComplaintFinding> findFinding(@Param("complaintId") long complaintId);
}
