/**
 * The operations view (docs/operations.md): health, metrics and the Prometheus endpoint under /actuator for the
 * operations group only ({@link cn.samr.livestream.operations.ActuatorAccess}); the engine's own metrics as Micrometer
 * counters ({@link cn.samr.livestream.operations.EngineMetrics}); the OpenAPI description of /api for logged-in users
 * ({@link cn.samr.livestream.operations.ApiDescriptionController}). Plumbing: imports no feature.
 */
package cn.samr.livestream.operations;
