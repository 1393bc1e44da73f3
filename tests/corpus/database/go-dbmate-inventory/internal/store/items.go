package store

import "context"

func (s *Store) ItemsForWarehouse(ctx context.Context, warehouseID int64) ([]Item, error) {
	rows, err := s.db.Query(ctx, `select id, sku, quantity from items where warehouse_id = $1`, warehouseID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	return scanItems(rows)
}
