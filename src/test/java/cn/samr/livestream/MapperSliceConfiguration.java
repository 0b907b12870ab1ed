package cn.samr.livestream;

import cn.samr.livestream.enforcement.EnforcementRecords;
import cn.samr.livestream.organization.OrgUnitMapper;
import cn.samr.livestream.organization.OrganizationUnitsFixture;
import cn.samr.livestream.organization.OrganizationService;
import cn.samr.livestream.shared.DocumentNumbers;
import cn.samr.livestream.shared.MapperSliceDataAccess;
import cn.samr.livestream.shared.TimeConfiguration;
import cn.samr.livestream.subject.SubjectRegistry;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.Resource;

/**
 * What {@link MapperTest} slices add to MyBatis auto-configuration: the application's MyBatis set-up
 * ({@link MapperSliceDataAccess}), the clock, the plain services that some mapper tests write through
 * (numbering, subjects, enforcement records), and the units of the organisation file in org_unit, stored
 * through OrgUnitMapper as OrganizationLoader stores them (its Camunda groups and grants need the engine and
 * are tested with it, in OrganizationLoaderTest).
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({MapperSliceDataAccess.class, TimeConfiguration.class, OrganizationService.class, DocumentNumbers.class,
    SubjectRegistry.class, EnforcementRecords.class})
public class MapperSliceConfiguration {

  @Bean
  SmartInitializingSingleton organisationUnits(OrgUnitMapper units,
      @Value("${livestream.organization.resource}") Resource file) {
    return () -> OrganizationUnitsFixture.store(units, file);
  }
}
