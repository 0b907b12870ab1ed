package cn.samr.livestream.complaint;

import cn.samr.livestream.shared.TransactionRecords;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The complaint rows, remedy obligations and named subjects as the current transaction knows them
 * ({@link TransactionRecords}): an engine command that runs several steps of one complaint (registration, routing
 * and the acceptance task; a decision and the next task's deadline) reads the row once and writes it once, before
 * the commit. The services of this feature read and change these records only through here.
 */
@Component
class ComplaintRecords {

  private final ComplaintMapper complaints;
  private final RemedyMapper remedies;
  private final TransactionRecords<Long, Complaint> complaintRows;
  private final TransactionRecords<Long, RemedyObligation> remedyRows;
  /** Who a complaint names never changes after registration (merges are followed when the subject is read). */
  private final TransactionRecords<Long, NamedSubjects> namedSubjects;

  ComplaintRecords(ComplaintMapper complaints, RemedyMapper remedies) {
    this.complaints = complaints;
    this.remedies = remedies;
    this.complaintRows = new TransactionRecords<>(Complaint::getId, complaints::updateWorkflowState);
    this.remedyRows = new TransactionRecords<>(RemedyObligation::getId, remedies::update);
    this.namedSubjects = new TransactionRecords<>(NamedSubjects::complaintId, null);
  }

  private record NamedSubjects(long complaintId, List<ComplaintSubject> subjects) {
  }

  Optional<Complaint> complaint(long id) {
    return complaintRows.get(id, complaints::findById);
  }

  /** The row locked to the end of the transaction, with whatever this transaction changed in it already. */
  Optional<Complaint> lockComplaint(long id) {
    complaintRows.flush();
    Optional<Complaint> locked = complaints.lockById(id);
    locked.ifPresent(complaintRows::replace);
    return locked;
  }

  /** Its workflow columns are written before the commit. */
  void changed(Complaint complaint) {
    complaintRows.changed(complaint);
  }

  Optional<RemedyObligation> remedy(long id) {
    return remedyRows.get(id, remedies::findById);
  }

  List<RemedyObligation> remediesOf(long complaintId) {
    return remedyRows.known(remedies.findByComplaint(complaintId));
  }

  /** Stored at once (its id is generated); read back before it is used, as the database rounds its amount. */
  void insert(RemedyObligation remedy) {
    remedies.insert(remedy);
  }

  void changed(RemedyObligation remedy) {
    remedyRows.changed(remedy);
  }

  /** The subjects the complaint names, ordered by role as the mapper orders them. */
  List<ComplaintSubject> subjects(long complaintId) {
    return namedSubjects.get(complaintId,
        id -> Optional.of(new NamedSubjects(id, complaints.findSubjects(id)))).orElseThrow().subjects();
  }

  /** The subjects registration just stored: later steps of its transaction need not read them back. */
  void subjectsStored(long complaintId, List<ComplaintSubject> stored) {
    namedSubjects.replace(new NamedSubjects(complaintId, stored.stream()
        .sorted(Comparator.comparing(s -> s.getRole().name())).toList()));
  }
}
