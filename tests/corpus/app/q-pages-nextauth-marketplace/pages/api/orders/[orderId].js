import { withSession } from "../../../lib/withSession";
import { dbConnect } from "../../../lib/mongodb";
import Order from "../../../models/Order";

export default withSession(async (req, res) => {
  await dbConnect();
  const order = await Order.findById(req.query.orderId).populate("listing").lean();
  if (!order) return res.status(404).json({ message: "Not found" });
  res.json(order);
});
