package cn.samr.livestream.platform;

import cn.samr.livestream.platform.PlatformRecords.Call;
import cn.samr.livestream.platform.PlatformRecords.Order;
import cn.samr.livestream.platform.PlatformRecords.SelfInspectionReport;
import cn.samr.livestream.platform.PlatformRecords.SubjectBatch;
import cn.samr.livestream.platform.PlatformRecords.SubjectRow;
import cn.samr.livestream.platform.PlatformRecords.SubmittedClue;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface PlatformMapper {

  int insertClient(PlatformClient client);

  Optional<PlatformClient> findClient(@Param("clientId") String clientId);

  List<PlatformClient> findClients();

  int updateEnabled(@Param("clientId") String clientId, @Param("enabled") boolean enabled);

  int updateSecret(@Param("clientId") String clientId, @Param("secretHash") String secretHash,
      @Param("rotatedAt") LocalDateTime rotatedAt);

  int insertCall(Call call);

  /** Calls of the client since the time on any node, but those refused for the rate limit (429). */
  PlatformRecords.CallWindow countAnsweredCalls(@Param("clientId") String clientId,
      @Param("since") LocalDateTime since);

  /** The calls of a client, newest first (tests and the administrators' audit). */
  List<Call> findCalls(@Param("clientId") String clientId, @Param("limit") int limit);

  Optional<SubmittedClue> findClue(@Param("clientPk") long clientPk, @Param("externalNo") String externalNo);

  List<SubmittedClue> findClues(@Param("clientPk") long clientPk, @Param("offset") int offset, @Param("limit") int limit);

  int insertClue(SubmittedClue clue);

  Optional<SubjectBatch> findBatch(@Param("clientPk") long clientPk, @Param("batchId") String batchId);

  int insertBatch(SubjectBatch batch);

  /** A client's batches, newest first. */
  List<SubjectBatch> findBatches(@Param("clientPk") long clientPk, @Param("offset") int offset, @Param("limit") int limit);

  int insertRows(@Param("rows") List<SubjectRow> rows);

  List<SubjectRow> findRows(@Param("batchPk") long batchPk);

  Optional<SelfInspectionReport> findReport(@Param("clientPk") long clientPk, @Param("reportNo") String reportNo);

  int insertReport(SelfInspectionReport report);

  /** A client's reports, newest first. */
  List<SelfInspectionReport> findOwnReports(@Param("clientPk") long clientPk, @Param("offset") int offset,
      @Param("limit") int limit);

  /** Reports with their platform, newest first; districtCodes null for all. */
  List<SelfInspectionReport> findReports(@Param("districtCodes") List<String> districtCodes,
      @Param("offset") int offset, @Param("limit") int limit);

  int insertOrder(Order order);

  int insertOrderSubjects(@Param("orderId") long orderId, @Param("subjectIds") List<Long> subjectIds);

  Optional<Order> findOrder(@Param("clientPk") long clientPk, @Param("orderNo") String orderNo);

  /** A client's orders, newest first; status null for all. */
  List<Order> findOrders(@Param("clientPk") long clientPk, @Param("status") PlatformOrderStatus status,
      @Param("offset") int offset, @Param("limit") int limit);

  /** Orders concerning any of the subjects, oldest first. */
  List<Order> findOrdersOfSubjects(@Param("subjectIds") List<Long> subjectIds);

  List<Long> findOrderSubjectIds(@Param("orderId") long orderId);

  /** The platform that submitted a clue, if one did. */
  Optional<PlatformClient> findClientOfClue(@Param("clueId") long clueId);

  /** Records the confirmation of an order still ISSUED; 0 when it was confirmed already. */
  int confirmOrder(Order order);

  /** The correction deadline moved: the orders of the instance still waiting get the new respond-by. */
  int moveRespondBy(@Param("processInstanceId") String processInstanceId, @Param("respondBy") LocalDateTime respondBy);
}
