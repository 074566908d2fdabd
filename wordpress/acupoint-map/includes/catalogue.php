<?php
/**
 * What the widget offers (modes, views, protocols, point codes), from catalogue.json, which
 * `npm run build:wordpress` writes from the widget's own catalogue so the two never differ.
 *
 * @package AcupointMap
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * @return array{modes: string[], views: string[], protocols: array<array{id: string, name: string}>, points: array<array{code: string, name: string}>}
 */
function acupoint_map_catalogue() {
	static $catalogue = null;
	if ( null === $catalogue ) {
		$json      = file_get_contents( dirname( ACUPOINT_MAP_FILE ) . '/catalogue.json' ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a file of the plugin, not a URL.
		$catalogue = json_decode( (string) $json, true );
		if ( ! is_array( $catalogue ) ) {
			$catalogue = array(
				'modes'     => array( 'patient', 'practitioner', 'student' ),
				'views'     => array( 'back', 'front', 'left', 'right' ),
				'protocols' => array(),
				'points'    => array(),
			);
		}
	}
	return $catalogue;
}

/** @return string[] Point codes ("BL23"). */
function acupoint_map_point_codes() {
	return array_map(
		function ( $point ) {
			return $point['code'];
		},
		acupoint_map_catalogue()['points']
	);
}

/** @return string[] Protocol ids ("chronic-nonspecific"). */
function acupoint_map_protocol_ids() {
	return array_map(
		function ( $protocol ) {
			return $protocol['id'];
		},
		acupoint_map_catalogue()['protocols']
	);
}
