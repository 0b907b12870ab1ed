package cn.samr.livestream.subject;

/**
 * How many parties of each kind a district's register holds (seed 000 §二(一)1: 摸清底数), for the monthly
 * figures: a party with several roles counts once in each of its roles.
 */
public record DistrictCounts(String districtCode, String districtName, long platforms, long roomOperators,
    long liveRooms, long streamers, long agencies, long merchants, long keyMerchants, long influentialStreamers) {
}
