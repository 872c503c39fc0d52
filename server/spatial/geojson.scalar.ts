/**
 * The GeoJSON scalar: a GeoJSON geometry object (RFC 7946, WGS84 lon/lat) on input and output.
 * Input is validated here (type, coordinates, ring closure, Netherlands' extent, vertex limit),
 * so a bad geometry is refused with a typed INVALID_GEOMETRY error before any SQL runs.
 */
import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import type { Geometry } from 'geojson';
import { validateGeometry } from '../../geo/geojson.js';
import { GeometryError } from '../../geo/errors.js';

function parse(value: unknown): Geometry {
  try {
    return validateGeometry(value);
  } catch (error) {
    if (error instanceof GeometryError) {
      throw new GraphQLError(error.message, { extensions: { code: 'INVALID_GEOMETRY', problem: error.problem } });
    }
    throw error;
  }
}

function literalToValue(ast: ValueNode): unknown {
  switch (ast.kind) {
    case Kind.OBJECT:
      return Object.fromEntries(ast.fields.map((field) => [field.name.value, literalToValue(field.value)]));
    case Kind.LIST:
      return ast.values.map(literalToValue);
    case Kind.INT:
    case Kind.FLOAT:
      return Number(ast.value);
    case Kind.STRING:
      return ast.value;
    case Kind.BOOLEAN:
      return ast.value;
    default:
      return null;
  }
}

export const GeoJSONScalar = new GraphQLScalarType<Geometry, Geometry>({
  name: 'GeoJSON',
  description:
    'Een GeoJSON-geometrie (RFC 7946) in WGS84 lengte/breedte (EPSG:4326), bijv. {"type":"Point","coordinates":[5.12,52.09]}. ' +
    'Invoer moet binnen Nederland liggen, gesloten ringen hebben en hoogstens 10.000 punten tellen.',
  serialize: (value) => (typeof value === 'string' ? JSON.parse(value) : value) as Geometry,
  parseValue: parse,
  parseLiteral: (ast) => parse(literalToValue(ast)),
});
