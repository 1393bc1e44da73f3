"use client";

import { useEffect, useRef } from "react";
import mapboxgl from "mapbox-gl";

mapboxgl.accessToken = process.env.NEXT_PUBLIC_MAPBOX_TOKEN!;

export function Map() {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!ref.current) return;
    const map = new mapboxgl.Map({ container: ref.current, style: "mapbox://styles/mapbox/streets-v12" });
    console.log("map ready, token configured:", Boolean(process.env.NEXT_PUBLIC_MAPBOX_TOKEN));
    return () => map.remove();
  }, []);
  return <div ref={ref} style={{ height: 320 }} />;
}
