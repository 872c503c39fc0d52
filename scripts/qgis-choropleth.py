#!/usr/bin/python3
"""
The README's QGIS steps, run by QGIS itself without a screen (issue 17 finding 1): add the OGC API
collection as a WFS / OGC API Features layer (QGIS's own OAPIF provider), then classify it as a
graduated choropleth on `fte`. Prints one JSON line: whether the layer is valid, its feature count,
the type QGIS gives `fte`, how many features have a figure, and the class bounds QGIS made.

Usage: QT_QPA_PLATFORM=offscreen /usr/bin/python3 (Debian's, which has the qgis module) scripts/qgis-choropleth.py <base-url>/ogc <collection> [key=value …]
Extra key=value pairs go into the provider's URI, e.g. a filter on the peildatum the way the QGIS
dialog writes it.
"""
import json
import os
import sys

from qgis.core import (QgsApplication, QgsClassificationEqualInterval, QgsGraduatedSymbolRenderer,
                       QgsVectorLayer)


def main() -> None:
    base, collection, *extra = sys.argv[1:]
    app = QgsApplication([], False)
    app.initQgis()
    try:
        uri = f"url='{base}' typename='{collection}' " + ' '.join(extra)
        layer = QgsVectorLayer(uri.strip(), collection, 'OAPIF')
        result = {'valid': layer.isValid()}
        if layer.isValid():
            index = layer.fields().indexOf('fte')
            values = [f['fte'] for f in layer.getFeatures()]
            figures = [v for v in values if isinstance(v, (int, float))]
            result.update(features=len(values), withFigure=len(figures),
                          fteType=layer.fields().field(index).typeName() if index >= 0 else None,
                          numeric=index >= 0 and layer.fields().field(index).isNumeric())
            if figures:
                renderer = QgsGraduatedSymbolRenderer('fte')
                renderer.setClassificationMethod(QgsClassificationEqualInterval())
                renderer.updateClasses(layer, 4)
                result['classes'] = [[r.lowerValue(), r.upperValue()] for r in renderer.ranges()]
        print(json.dumps(result), flush=True)
    finally:
        # QGIS 3.22 can crash while tearing down its providers after the work is done; the answer is
        # printed by then, so leave at once instead of through exitQgis().
        os._exit(0)


if __name__ == '__main__':
    main()
