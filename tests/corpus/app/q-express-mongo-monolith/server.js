require('dotenv').config();
const express = require('express');
const mongoose = require('mongoose');
const cors = require('cors');
const bcrypt = require('bcrypt');
const jwt = require('jsonwebtoken');

const User = require('./models/User');
const Post = require('./models/Post');
const Message = require('./models/Message');

const app = express();
app.use(cors());
app.use(express.json());

mongoose
  .connect(process.env.MONGO_URI)
  .then(() => console.log('MongoDB connected'))
  .catch((err) => console.log(err));

function authenticateToken(req, res, next) {
  const authHeader = req.headers['authorization'];
  const token = authHeader && authHeader.split(' ')[1];
  if (token == null) return res.sendStatus(401);

  jwt.verify(token, process.env.ACCESS_TOKEN_SECRET, (err, user) => {
    if (err) return res.sendStatus(403);
    req.user = user;
    next();
  });
}

// Auth
app.post('/api/register', async (req, res) => {
  try {
    const { username, email, password } = req.body;
    const hashedPassword = await bcrypt.hash(password, 10);
    const user = new User({ username, email, password: hashedPassword });
    await user.save();
    res.status(201).json({ message: 'User created' });
  } catch (error) {
    res.status(500).json({ error: 'Registration failed' });
  }
});

app.post('/api/login', async (req, res) => {
  const { email, password } = req.body;
  const user = await User.findOne({ email });
  if (!user) return res.status(400).json({ error: 'Invalid credentials' });
  const valid = await bcrypt.compare(password, user.password);
  if (!valid) return res.status(400).json({ error: 'Invalid credentials' });
  const accessToken = jwt.sign({ id: user._id, username: user.username }, process.env.ACCESS_TOKEN_SECRET);
  res.json({ accessToken });
});

// Posts
app.get('/api/posts', async (req, res) => {
  const posts = await Post.find().populate('author', 'username').sort({ createdAt: -1 });
  res.json(posts);
});

app.post('/api/posts', authenticateToken, async (req, res) => {
  const post = new Post({ title: req.body.title, body: req.body.body, author: req.user.id });
  await post.save();
  res.status(201).json(post);
});

app.delete('/api/posts/:id', authenticateToken, async (req, res) => {
  const post = await Post.findById(req.params.id);
  if (!post) return res.status(404).json({ error: 'Post not found' });
  if (post.author.toString() !== req.user.id) {
    return res.status(403).json({ error: 'Not allowed' });
  }
  await post.deleteOne();
  res.json({ message: 'Post deleted' });
});

// Messages
app.get('/api/messages', authenticateToken, async (req, res) => {
  const messages = await Message.find({ $or: [{ from: req.user.id }, { to: req.user.id }] });
  res.json(messages);
});

app.get('/api/messages/:id', authenticateToken, async (req, res) => {
  const message = await Message.findById(req.params.id).populate('from to', 'username');
  if (!message) return res.status(404).json({ error: 'Not found' });
  res.json(message);
});

app.post('/api/messages', authenticateToken, async (req, res) => {
  try {
    const message = new Message({ from: req.user.id, to: req.body.to, text: req.body.text });
    await message.save();
    res.status(201).json(message);
  } catch (error) {}
});

app.put('/api/messages/:id/read', authenticateToken, async (req, res) => {
  await Message.updateOne({ _id: req.params.id, to: req.user.id }, { read: true });
  res.json({ ok: true });
});

// Admin
app.get('/api/admin/users', async (req, res) => {
  const users = await User.find({}).select('-password');
  res.json(users);
});

const PORT = process.env.PORT || 5000;
app.listen(PORT, () => console.log(`Server running on port ${PORT}`));
