package cn.samr.livestream.governance.credit;

import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** credit_listing, credit_listing_request and credit_notice (V24__credit_listing.sql). */
@Mapper
public interface CreditListingMapper {

  int insert(CreditListing listing);

  Optional<CreditListing> findById(@Param("id") long id);

  Optional<CreditListing> findByNo(@Param("listingNo") String listingNo);

  /** Listings of any of these subject ids (a record merged from several), newest first. */
  List<CreditListing> findBySubjects(@Param("subjectIds") List<Long> subjectIds);

  /** The search of GET /api/credit-listings; every parameter optional. */
  List<CreditListing> search(@Param("subjectId") Long subjectId, @Param("kind") ListingKind kind,
      @Param("status") ListingStatus status, @Param("limit") int limit);

  /** Listings of the subject and kind not ended (neither removed nor refused). */
  List<CreditListing> findOpen(@Param("subjectId") long subjectId, @Param("kind") ListingKind kind);

  /** The kinds the subject is on now: listed or published, not removed. */
  List<ListingKind> findCurrentKinds(@Param("subjectId") long subjectId);

  int update(CreditListing listing);

  int insertRequest(CreditListingRequest request);

  Optional<CreditListingRequest> findRequest(@Param("id") long id);

  List<CreditListingRequest> findRequests(@Param("listingId") long listingId);

  int updateRequest(CreditListingRequest request);

  int insertNotice(CreditNotice notice);

  Optional<CreditNotice> findNotice(@Param("id") long id);

  List<CreditNotice> findNotices(@Param("listingId") long listingId);

  int updateNotice(CreditNotice notice);
}
